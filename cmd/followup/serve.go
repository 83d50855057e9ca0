package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"os/signal"
	"strconv"
	"syscall"
	"time"

	"github.com/followup/followup/generator/serve"
)

const serveHelp = `Serve builds the site, serves it at http://127.0.0.1:1313/ and rebuilds it
on every save: pages open in a browser reload by themselves (a change to
stylesheets alone swaps them without a reload), and a build error is shown
over the page until the file is fixed.

The output is written into the destination folder (public/ by default) as
a clean build would write it, file by file; the reload script is added by
the server only, never written into the folder. Serve watches the whole
source folder but the output folder and hidden files; --poll looks for
changes every half second instead, for file systems that send no
notifications (network drives, some virtual machines' shared folders).

The server listens on this machine only unless --bind names another
address. It never exits on an error in the site; stop it with Ctrl+C.
`

// pollInterval is how often --poll looks at the files.
const pollInterval = 500 * time.Millisecond

type serveOptions struct {
	targetFlags
	bind string
	port int
	poll bool
}

func serveFlags(stderr io.Writer) (*flag.FlagSet, *serveOptions) {
	o := &serveOptions{}
	fs := newFlags("serve", stderr)
	o.targetFlags.register(fs)
	fs.StringVar(&o.bind, "bind", "127.0.0.1", "the `address` to listen on; 0.0.0.0 lets other machines see the site")
	fs.IntVar(&o.port, "port", 1313, "the `port` to listen on; 0 picks a free one")
	fs.BoolVar(&o.poll, "poll", false, "look for changes by reading the folders every half second instead of system notifications")
	return fs, o
}

// address checks --bind and --port.
func (o *serveOptions) address() (string, error) {
	if o.port < 0 || o.port > 65535 {
		return "", usageError{fmt.Sprintf("--port %d is not a port number (0 to 65535)", o.port)}
	}
	if net.ParseIP(o.bind) == nil && o.bind != "localhost" {
		return "", usageError{fmt.Sprintf("--bind %q is not an address of this machine: write an IP address such as 127.0.0.1 (this machine only) or 0.0.0.0 (every network)", o.bind)}
	}
	return net.JoinHostPort(o.bind, strconv.Itoa(o.port)), nil
}

func runServe(args []string, stdout, stderr io.Writer) int {
	fs, o := serveFlags(stderr)
	if code, ok := parse(fs, args, "use --source to name the site's folder", stdout, stderr); !ok {
		return code
	}
	opts, dest, err := o.options()
	if err != nil {
		return fail("serve", err, stderr)
	}
	addr, err := o.address()
	if err != nil {
		return fail("serve", err, stderr)
	}
	cfg := serve.Config{
		Source: o.source, Dest: dest, Options: opts,
		Addr: addr, Log: stdout,
	}
	if o.poll {
		cfg.Poll = pollInterval
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := serve.Run(ctx, cfg); err != nil {
		return fail("serve", err, stderr)
	}
	return exitOK
}
