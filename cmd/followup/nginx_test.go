package main

import (
	"fmt"
	"io"
	"io/fs"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/followup/followup/internal/testtool"
)

// TestNginx builds the shipped site and serves it as a web host would:
// the output copied with cp -a into a web root, and Debian's nginx, started
// by the test as www-data on 127.0.0.1, serving it with the site's 404
// page. Every file answers 200; a missing nested address answers 404 with
// the 404 page, whose stylesheet loads and whose home link leads home; at
// the root without a base URL, and under /guide/ with one.
func TestNginx(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the shipped site twice and starts nginx")
	}
	nginx := testtool.Need(t, "nginx", "nginx")
	if os.Geteuid() != 0 {
		testtool.Missing(t, "nginx is started as www-data, which needs root")
	}
	tests := []struct {
		name, baseURL, under string
	}{
		{"at the root, without a base URL", "", "/"},
		{"under a path, with a base URL", "https://example.org/guide/", "/guide/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			prefix := webTemp(t)
			out := filepath.Join(prefix, "public")
			args := []string{"build", "--source", "../..", "--dest", out, "--date", "2026-11-27"}
			if tt.baseURL != "" {
				args = append(args, "--base-url", tt.baseURL)
			}
			if code, stdout, stderr := runCLI(t, args...); code != 0 {
				t.Fatalf("followup build: exit %d\n%s%s", code, stdout, stderr)
			}
			root := filepath.Join(prefix, "www")
			os.Mkdir(root, 0o755)
			copied := filepath.Join(root, strings.Trim(tt.under, "/"))
			if tt.under == "/" {
				root = filepath.Join(root, "site")
				copied = root
			}
			if msg, err := exec.Command("cp", "-a", out, copied).CombinedOutput(); err != nil {
				t.Fatalf("cp -a: %v %s", err, msg)
			}
			base := startNginx(t, nginx, prefix, root, tt.under+"404.html") + tt.under

			var files int
			var failed []string
			filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
				if err != nil || d.IsDir() || d.Name() == ".followup-build" {
					return err
				}
				rel, _ := filepath.Rel(out, p)
				page := strings.TrimSuffix(filepath.ToSlash(rel), "index.html")
				if status, _ := get(t, base+(&url.URL{Path: page}).EscapedPath()); status != 200 {
					failed = append(failed, fmt.Sprintf("GET %s%s = %d", tt.under, page, status))
				}
				files++
				return nil
			})
			if len(failed) > 0 || files < 100 {
				t.Fatalf("%d of %d files did not answer 200, the first: %s", len(failed), files, strings.Join(failed[:min(5, len(failed))], "; "))
			}
			checkNotFound(t, base+"guides/no-such-guide/", base)
			checkNotFound(t, base+"a/b/c/d.html", base)
		})
	}
}

// checkNotFound asks for a missing page: 404, with the 404 page, whose
// stylesheets load and whose home link leads to the home page at home.
func checkNotFound(t *testing.T, missing, home string) {
	t.Helper()
	status, body := get(t, missing)
	if status != 404 || !strings.Contains(body, "<h1>Page not found</h1>") {
		t.Fatalf("GET %s = %d, want 404 with the 404 page\n%.400s", missing, status, body)
	}
	at, _ := url.Parse(missing)
	sheets := regexp.MustCompile(`<link rel="stylesheet" href="([^"]+)">`).FindAllStringSubmatch(body, -1)
	if len(sheets) == 0 {
		t.Fatalf("the 404 page links no stylesheet")
	}
	for _, m := range sheets {
		css := resolve(t, at, m[1])
		if status, text := get(t, css); status != 200 || !strings.Contains(text, "{") {
			t.Errorf("the 404 page at %s: its stylesheet %s (%s) = %d", missing, m[1], css, status)
		}
	}
	link := regexp.MustCompile(`<a href="([^"]+)">The home page</a>`).FindStringSubmatch(body)
	if link == nil {
		t.Fatalf("the 404 page has no link to the home page")
	}
	if got := resolve(t, at, link[1]); got != home {
		t.Errorf("the 404 page at %s: the home link %s leads to %s, want %s", missing, link[1], got, home)
	}
	if status, text := get(t, home); status != 200 || !strings.Contains(text, `class="kind-home"`) {
		t.Errorf("GET %s (home) = %d, not the home page", home, status)
	}
}

func resolve(t *testing.T, base *url.URL, ref string) string {
	t.Helper()
	u, err := url.Parse(ref)
	if err != nil {
		t.Fatal(err)
	}
	return base.ResolveReference(u).String()
}

func get(t *testing.T, u string) (int, string) {
	t.Helper()
	resp, err := http.Get(u)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(body)
}

// webTemp is a temporary folder other users can pass through (www-data must
// reach the web root inside it), removed when the test ends; t.TempDir's
// folders are 0700.
func webTemp(t *testing.T) string {
	t.Helper()
	dir, err := os.MkdirTemp("", "followup-nginx-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(dir) })
	if err := os.Chmod(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// startNginx starts nginx with a configuration of its own in prefix,
// serving root on a free loopback port as www-data, with notFound as its
// 404 page; it is stopped when the test ends, failed or not. It returns
// the server's address, "http://127.0.0.1:port".
func startNginx(t *testing.T, nginx, prefix, root, notFound string) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	for _, d := range []string{"logs", "temp"} {
		os.Mkdir(filepath.Join(prefix, d), 0o755)
	}
	conf := fmt.Sprintf(`daemon off;
user www-data;
worker_processes 1;
pid %[1]s/nginx.pid;
error_log %[1]s/logs/error.log;
events { worker_connections 64; }
http {
	include /etc/nginx/mime.types;
	access_log off;
	client_body_temp_path %[1]s/temp/body;
	proxy_temp_path %[1]s/temp/proxy;
	fastcgi_temp_path %[1]s/temp/fastcgi;
	uwsgi_temp_path %[1]s/temp/uwsgi;
	scgi_temp_path %[1]s/temp/scgi;
	server {
		listen %[2]s;
		root %[3]s;
		error_page 404 %[4]s;
	}
}
`, prefix, addr, root, notFound)
	confFile := filepath.Join(prefix, "nginx.conf")
	if err := os.WriteFile(confFile, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(nginx, "-p", prefix, "-c", confFile, "-e", filepath.Join(prefix, "logs", "error.log"))
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	exited := make(chan error, 1)
	go func() { exited <- cmd.Wait() }()
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGQUIT) // graceful: the master stops its workers
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			syscall.Kill(-cmd.Process.Pid, syscall.SIGKILL)
			<-exited
		}
	})
	base := "http://" + addr
	deadline := time.Now().Add(20 * time.Second)
	for {
		select {
		case err := <-exited:
			log, _ := os.ReadFile(filepath.Join(prefix, "logs", "error.log"))
			exited <- err
			t.Fatalf("nginx stopped: %v\n%s", err, log)
		default:
		}
		if resp, err := http.Get(base + "/"); err == nil {
			resp.Body.Close()
			return base
		}
		if time.Now().After(deadline) {
			t.Fatal("nginx did not answer within 20 s")
		}
		time.Sleep(50 * time.Millisecond)
	}
}
