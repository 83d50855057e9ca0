package main

import (
	"context"
	"errors"
	"os"
	"os/signal"
	"syscall"
)

// stopSignals stop a build cleanly: Ctrl+C (SIGINT), SIGTERM (kill, a
// service manager, CI cancelling a job) and SIGHUP (the terminal closed).
// Each makes the build start no more work, remove its staging folder and
// leave the output as it was; the exit status is 128 + the signal's
// number, as shells report a process the signal killed: 130, 143 and 129.
var stopSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

// signalled is the cause of a context that a signal cancelled.
type signalled struct{ sig syscall.Signal }

func (s signalled) Error() string { return "stopped by " + signalName(s.sig) }

// exitCode is the shell's status for a process the signal stopped.
func (s signalled) exitCode() int { return 128 + int(s.sig) }

func signalName(sig syscall.Signal) string {
	switch sig {
	case syscall.SIGINT:
		return "Ctrl+C (SIGINT)"
	case syscall.SIGTERM:
		return "SIGTERM"
	case syscall.SIGHUP:
		return "SIGHUP"
	}
	return sig.String()
}

// withStopSignals returns a context cancelled by the first of stopSignals,
// with a signalled cause. After that signal the default handling is back,
// so a second one ends the process at once. stop releases the signals.
func withStopSignals(parent context.Context) (ctx context.Context, stop func()) {
	ctx, cancel := context.WithCancelCause(parent)
	ch := make(chan os.Signal, 1)
	signal.Notify(ch, stopSignals...)
	done := make(chan struct{})
	go func() {
		select {
		case sig := <-ch:
			signal.Stop(ch)
			cancel(signalled{sig.(syscall.Signal)})
		case <-done:
		}
	}()
	return ctx, func() {
		close(done)
		signal.Stop(ch)
		cancel(nil)
	}
}

// stoppedBy returns the signal that cancelled ctx, if one did.
func stoppedBy(ctx context.Context) (signalled, bool) {
	var s signalled
	ok := ctx.Err() != nil && errors.As(context.Cause(ctx), &s)
	return s, ok
}
