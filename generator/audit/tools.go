package audit

import (
	"os"
	"os/exec"
	"path/filepath"

	"github.com/followup/followup/generator/chromium"
)

// Tools are the programs and files the checks other than the link check need.
type Tools struct {
	Chromium    string // the browser, for the axe and nojs checks; "" when not found
	Java        string // the Java runtime, for the Nu HTML Checker; "" when not found
	NodeModules string // the folder holding axe-core and vnu-jar; "" when not found
}

// The files the checks use inside NodeModules.
const (
	axeFile = "axe-core/axe.min.js"
	vnuFile = "vnu-jar/build/dist/vnu.jar"
)

// AxeScript returns the path of axe.min.js, or "" when it is missing.
func (t Tools) AxeScript() string { return t.file(axeFile) }

// VNU returns the path of vnu.jar, or "" when it is missing.
func (t Tools) VNU() string { return t.file(vnuFile) }

func (t Tools) file(name string) string {
	if t.NodeModules == "" {
		return ""
	}
	p := filepath.Join(t.NodeModules, filepath.FromSlash(name))
	if _, err := os.Stat(p); err != nil {
		return ""
	}
	return p
}

// FindTools looks for the tools: Chromium as chromium.Find does, Java
// on the PATH or in $JAVA_HOME/bin, and the npm packages in $FOLLOWUP_TOOLS
// when it is set (a node_modules folder), else in the first node_modules
// folder holding them found walking up from each of dirs.
func FindTools(dirs ...string) Tools {
	var t Tools
	t.Chromium, _ = chromium.Find()
	if p, err := exec.LookPath("java"); err == nil {
		t.Java = p
	} else if home := os.Getenv("JAVA_HOME"); home != "" {
		if p, err := exec.LookPath(filepath.Join(home, "bin", "java")); err == nil {
			t.Java = p
		}
	}
	if env := os.Getenv("FOLLOWUP_TOOLS"); env != "" {
		t.NodeModules = env
		return t
	}
	for _, d := range dirs {
		if nm := findNodeModules(d); nm != "" {
			t.NodeModules = nm
			break
		}
	}
	return t
}

// findNodeModules walks up from dir to the first node_modules folder that
// holds axe-core or vnu-jar.
func findNodeModules(dir string) string {
	dir, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		nm := filepath.Join(dir, "node_modules")
		for _, f := range []string{axeFile, vnuFile} {
			if _, err := os.Stat(filepath.Join(nm, filepath.FromSlash(f))); err == nil {
				return nm
			}
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return ""
		}
		dir = parent
	}
}

// missingTool is a tool that was not found, the checks it stops, and how to
// install it.
type missingTool struct {
	what    string
	checks  []Check
	install string
}

// missing lists the tools that were not found, for the checks that would run.
func (t Tools) missing(skipBrowser bool) []missingTool {
	var m []missingTool
	if !skipBrowser {
		if t.Chromium == "" {
			m = append(m, missingTool{"Chromium was not found on the PATH", []Check{Axe, NoJS},
				"install Debian's browser: apt-get install -y chromium"})
		}
		if t.AxeScript() == "" {
			m = append(m, missingTool{"axe-core was not found" + t.where(), []Check{Axe},
				"run npm ci --ignore-scripts at the Followup repository's root, or npm install --ignore-scripts axe-core@4.14.1 in the site's folder, or set FOLLOWUP_TOOLS to a node_modules folder holding it"})
		}
	}
	if t.Java == "" {
		m = append(m, missingTool{"Java was not found on the PATH", []Check{HTML},
			"install a Java runtime: apt-get install -y default-jre-headless"})
	}
	if t.VNU() == "" {
		m = append(m, missingTool{"vnu-jar was not found" + t.where(), []Check{HTML},
			"run npm ci --ignore-scripts at the Followup repository's root, or npm install --ignore-scripts vnu-jar@26.9.27 in the site's folder, or set FOLLOWUP_TOOLS to a node_modules folder holding it"})
	}
	return m
}

func (t Tools) where() string {
	if t.NodeModules == "" {
		return " (no node_modules folder found)"
	}
	return " in " + t.NodeModules
}
