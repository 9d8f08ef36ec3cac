package main

import (
	"bytes"
	"errors"
	"io"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"go.yaml.in/yaml/v3"

	"github.com/iaibot/iaibot/bot"
	"github.com/iaibot/iaibot/internal/testsupport"
)

// k8sObject is what the deploy test reads of a Kubernetes manifest.
type k8sObject struct {
	APIVersion string `yaml:"apiVersion"`
	Kind       string `yaml:"kind"`
	Metadata   struct {
		Name string `yaml:"name"`
	} `yaml:"metadata"`
	Spec struct {
		Replicas    *int   `yaml:"replicas"`
		ServiceName string `yaml:"serviceName"`
		ClusterIP   string `yaml:"clusterIP"`
		Selector    struct {
			MatchLabels map[string]string `yaml:"matchLabels"`
		} `yaml:"selector"`
		Ports []struct {
			Name       string `yaml:"name"`
			Port       int    `yaml:"port"`
			TargetPort any    `yaml:"targetPort"`
		} `yaml:"ports"`
		Template struct {
			Metadata struct {
				Labels map[string]string `yaml:"labels"`
			} `yaml:"metadata"`
			Spec struct {
				Containers []k8sContainer `yaml:"containers"`
			} `yaml:"spec"`
		} `yaml:"template"`
	} `yaml:"spec"`
}

type k8sContainer struct {
	Name  string   `yaml:"name"`
	Image string   `yaml:"image"`
	Args  []string `yaml:"args"`
	Env   []struct {
		Name      string `yaml:"name"`
		Value     string `yaml:"value"`
		ValueFrom *struct {
			FieldRef *struct {
				FieldPath string `yaml:"fieldPath"`
			} `yaml:"fieldRef"`
		} `yaml:"valueFrom"`
	} `yaml:"env"`
	Ports []struct {
		Name          string `yaml:"name"`
		ContainerPort int    `yaml:"containerPort"`
	} `yaml:"ports"`
	LivenessProbe  *k8sProbe `yaml:"livenessProbe"`
	ReadinessProbe *k8sProbe `yaml:"readinessProbe"`
}

type k8sProbe struct {
	HTTPGet *struct {
		Path string `yaml:"path"`
		Port any    `yaml:"port"`
	} `yaml:"httpGet"`
}

// env returns the container's environment, a field reference as
// "fieldRef:PATH".
func (c k8sContainer) env() map[string]string {
	out := map[string]string{}
	for _, e := range c.Env {
		v := e.Value
		if e.ValueFrom != nil && e.ValueFrom.FieldRef != nil {
			v = "fieldRef:" + e.ValueFrom.FieldRef.FieldPath
		}
		out[e.Name] = v
	}
	return out
}

// port resolves a probe's or Service's port, a number or a name.
func (c k8sContainer) port(p any) int {
	switch v := p.(type) {
	case int:
		return v
	case string:
		for _, cp := range c.Ports {
			if cp.Name == v {
				return cp.ContainerPort
			}
		}
	}
	return 0
}

// configNames lists the environment variables the program reads: the
// names in its configuration code, and NAME_FILE for each secret read
// through secretFromEnv.
func configNames(t *testing.T) map[string]bool {
	t.Helper()
	files, _ := filepath.Glob("*.go")
	files = append(files, "../../bot/config.go")
	names := map[string]bool{}
	reName := regexp.MustCompile(`"((?:DISCORD|IAI)_[A-Z0-9_]+)"`)
	reSecret := regexp.MustCompile(`secretFromEnv\(getenv, "([A-Z0-9_]+)"\)`)
	for _, f := range files {
		if strings.HasSuffix(f, "_test.go") {
			continue
		}
		src, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range reName.FindAllSubmatch(src, -1) {
			names[string(m[1])] = true
		}
		for _, m := range reSecret.FindAllSubmatch(src, -1) {
			names[string(m[1])+"_FILE"] = true
		}
	}
	for _, n := range []string{"DISCORD_TOKEN_FILE", "DISCORD_PUBLIC_KEY_FILE", "IAI_SHARD_ID", "IAI_SHARD_COUNT", "IAI_SHARDS", "IAI_REDIS_URL"} {
		if !names[n] {
			t.Fatalf("the configuration code reads no %s: configNames is out of date", n)
		}
	}
	return names
}

// readManifests parses every YAML document under deploy/kubernetes.
func readManifests(t *testing.T) map[string]k8sObject {
	t.Helper()
	files, err := filepath.Glob("../../deploy/kubernetes/*.yaml")
	if err != nil || len(files) == 0 {
		t.Fatalf("no manifests: %v", err)
	}
	objs := map[string]k8sObject{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		dec := yaml.NewDecoder(bytes.NewReader(b))
		for {
			var o k8sObject
			err := dec.Decode(&o)
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				t.Fatalf("%s: %v", f, err)
			}
			if o.Kind == "" || o.APIVersion == "" {
				t.Errorf("%s: a document without kind or apiVersion", f)
			}
			if o.Kind == "Kustomization" {
				continue
			}
			objs[o.Kind+"/"+o.Metadata.Name] = o
		}
	}
	return objs
}

// TestKubernetesManifests parses every manifest and checks them against
// the program: every environment variable is one the configuration code
// reads and its value is valid there; the gateway StatefulSet takes each
// pod's shard from its pod-index label and runs as many pods as shards;
// probes ask /healthz and /readyz on the admin port; Services reach the
// ports the program listens on, and Redis by the name the URL gives.
func TestKubernetesManifests(t *testing.T) {
	names := configNames(t)
	objs := readManifests(t)
	for _, want := range []string{"StatefulSet/iaibot-gateway", "Service/iaibot-gateway", "Deployment/iaibot-serve", "Service/iaibot-serve", "Deployment/iaibot-redis", "Service/iaibot-redis"} {
		if _, ok := objs[want]; !ok {
			t.Errorf("no %s in deploy/kubernetes", want)
		}
	}
	for key, o := range objs {
		for _, c := range o.Spec.Template.Spec.Containers {
			if c.Image != "iaibot" {
				continue
			}
			env := c.env()
			for n := range env {
				if !names[n] {
					t.Errorf("%s: %s sets %s, which iaibot does not read", key, c.Name, n)
				}
			}
			if len(c.Args) != 1 || (c.Args[0] != "gateway" && c.Args[0] != "serve") {
				t.Errorf("%s: args %v, want gateway or serve", key, c.Args)
			}
			admin := portOf(t, env["IAI_ADMIN_ADDR"])
			for probe, p := range map[string]*k8sProbe{"/healthz": c.LivenessProbe, "/readyz": c.ReadinessProbe} {
				if p == nil || p.HTTPGet == nil || p.HTTPGet.Path != probe || c.port(p.HTTPGet.Port) != admin {
					t.Errorf("%s: want a probe of %s on the admin port %d", key, probe, admin)
				}
			}
			if u := env["IAI_REDIS_URL"]; u != "" {
				if err := checkRedisURL(u); err != nil {
					t.Errorf("%s: %v", key, err)
				}
				host := strings.Split(strings.TrimPrefix(u, "redis://"), ":")[0]
				if _, ok := objs["Service/"+host]; !ok {
					t.Errorf("%s: IAI_REDIS_URL names %s, which is no Service here", key, host)
				}
			} else {
				t.Errorf("%s: no IAI_REDIS_URL: its replicas would not share budgets", key)
			}
			switch c.Args[0] {
			case "gateway":
				if o.Kind != "StatefulSet" {
					t.Errorf("%s: the gateway runs as a %s, want a StatefulSet", key, o.Kind)
				}
				if env["IAI_SHARD_ID"] != "fieldRef:metadata.labels['apps.kubernetes.io/pod-index']" {
					t.Errorf("%s: IAI_SHARD_ID = %q, want the pod-index label", key, env["IAI_SHARD_ID"])
				}
				if o.Spec.Replicas == nil {
					t.Fatalf("%s: no replicas", key)
				}
				if strconv.Itoa(*o.Spec.Replicas) != env["IAI_SHARD_COUNT"] {
					t.Errorf("%s: IAI_SHARD_COUNT %q for %d replicas; they must be equal", key, env["IAI_SHARD_COUNT"], *o.Spec.Replicas)
				}
				if _, ok := objs["Service/"+o.Spec.ServiceName]; !ok {
					t.Errorf("%s: no governing Service %q", key, o.Spec.ServiceName)
				}
				// Every pod's settings pass the configuration code.
				token := testsupport.WriteSecret(t, "token", liveTestToken)
				for id := range *o.Spec.Replicas {
					pod := maps.Clone(env)
					pod["IAI_SHARD_ID"], pod["DISCORD_TOKEN_FILE"] = strconv.Itoa(id), token
					if _, err := bot.SettingsFromEnv(testsupport.Env(pod)).Config(); err != nil {
						t.Errorf("%s: pod %d: %v", key, id, err)
					}
				}
			case "serve":
				svc := objs["Service/iaibot-serve"]
				httpPort := portOf(t, env["IAI_HTTP_ADDR"])
				if len(svc.Spec.Ports) != 1 || c.port(svc.Spec.Ports[0].TargetPort) != httpPort {
					t.Errorf("Service/iaibot-serve does not reach the endpoint's port %d", httpPort)
				}
			}
			for k, v := range o.Spec.Selector.MatchLabels {
				if o.Spec.Template.Metadata.Labels[k] != v {
					t.Errorf("%s: the selector's %s=%s is not a pod label", key, k, v)
				}
			}
		}
	}
}

// composeFile is what the deploy test reads of compose.yaml.
type composeFile struct {
	Services map[string]struct {
		Build       any               `yaml:"build"`
		Image       string            `yaml:"image"`
		Command     []string          `yaml:"command"`
		Environment map[string]string `yaml:"environment"`
		Secrets     []string          `yaml:"secrets"`
	} `yaml:"services"`
	Secrets map[string]struct {
		File string `yaml:"file"`
	} `yaml:"secrets"`
}

// TestComposeFile checks compose.yaml as the manifests are checked:
// known variables only, a shared Redis that exists, secrets that are
// declared.
func TestComposeFile(t *testing.T) {
	names := configNames(t)
	b, err := os.ReadFile("../../compose.yaml")
	if err != nil {
		t.Fatal(err)
	}
	var c composeFile
	if err := yaml.Unmarshal(b, &c); err != nil {
		t.Fatal(err)
	}
	var ran []string
	for name, s := range c.Services {
		if s.Build == nil {
			continue // not iaibot
		}
		ran = append(ran, s.Command...)
		for n, v := range s.Environment {
			if !names[n] {
				t.Errorf("service %s sets %s, which iaibot does not read", name, n)
			}
			if strings.HasSuffix(n, "_FILE") && !strings.HasPrefix(v, "/run/secrets/") {
				t.Errorf("service %s: %s=%s is not a mounted secret", name, n, v)
			}
		}
		u := s.Environment["IAI_REDIS_URL"]
		if err := checkRedisURL(u); err != nil || u == "" {
			t.Errorf("service %s: IAI_REDIS_URL %q: %v", name, u, err)
		} else if host := strings.Split(strings.TrimPrefix(u, "redis://"), ":")[0]; c.Services[host].Image == "" {
			t.Errorf("service %s: IAI_REDIS_URL names %s, which is no service here", name, host)
		}
		for _, sec := range s.Secrets {
			if _, ok := c.Secrets[sec]; !ok {
				t.Errorf("service %s uses secret %s, which is not declared", name, sec)
			}
		}
	}
	slices.Sort(ran)
	if !slices.Equal(ran, []string{"gateway", "serve"}) {
		t.Errorf("compose runs %v, want gateway and serve", ran)
	}
}

// portOf is the port of a listen address such as ":9090".
func portOf(t *testing.T, addr string) int {
	t.Helper()
	i := strings.LastIndex(addr, ":")
	p, err := strconv.Atoi(addr[i+1:])
	if i < 0 || err != nil {
		t.Errorf("address %q has no port", addr)
	}
	return p
}
