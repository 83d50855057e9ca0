package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
	"runtime/trace"
)

// profiling holds the --cpuprofile, --memprofile and --trace flags of
// build: the files `go tool pprof` and `go tool trace` read, for finding
// where a build spends its time and when its cores stand idle.
type profiling struct {
	cpu, mem, trace    string
	cpuFile, traceFile *os.File
}

func (p *profiling) flags(fs *flag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the build to `file` (for go tool pprof)")
	fs.StringVar(&p.mem, "memprofile", "", "write a memory profile of the build to `file` (for go tool pprof)")
	fs.StringVar(&p.trace, "trace", "", "write an execution trace of the build to `file` (for go tool trace)")
}

func (p *profiling) start() error {
	if p.trace != "" {
		f, err := os.Create(p.trace)
		if err != nil {
			return err
		}
		p.traceFile = f
		if err := trace.Start(f); err != nil {
			return err
		}
	}
	if p.cpu == "" {
		return nil
	}
	f, err := os.Create(p.cpu)
	if err != nil {
		return err
	}
	p.cpuFile = f
	return pprof.StartCPUProfile(f)
}

func (p *profiling) stop() error {
	if p.traceFile != nil {
		trace.Stop()
		if err := p.traceFile.Close(); err != nil {
			return err
		}
	}
	if p.cpuFile != nil {
		pprof.StopCPUProfile()
		if err := p.cpuFile.Close(); err != nil {
			return err
		}
	}
	if p.mem == "" {
		return nil
	}
	f, err := os.Create(p.mem)
	if err != nil {
		return err
	}
	defer f.Close()
	runtime.GC()
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		return fmt.Errorf("writing the memory profile: %w", err)
	}
	return nil
}
