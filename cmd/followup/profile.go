package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// profiling holds the --cpuprofile and --memprofile flags of build: the
// files `go tool pprof` reads, for finding where a build spends its time.
type profiling struct {
	cpu, mem string
	cpuFile  *os.File
}

func (p *profiling) flags(fs *flag.FlagSet) {
	fs.StringVar(&p.cpu, "cpuprofile", "", "write a CPU profile of the build to `file` (for go tool pprof)")
	fs.StringVar(&p.mem, "memprofile", "", "write a memory profile of the build to `file` (for go tool pprof)")
}

func (p *profiling) start() error {
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
