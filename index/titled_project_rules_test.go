package index

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A report titled for its project speaks of it as "the Project"; "The
// Project for Road Maintenance ... (RMCEP)" and "the Project for
// Construction of the Xe Don Bridge ... (XDB)" open other projects'
// names, whose sums are those projects', not the titled one's.
func TestTheProjectOpeningAnotherName(t *testing.T) {
	p := filepath.Join("testdata", "docs", "mpwt-2022-10-project-completion-report-southern-road.md")
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	ix := mustOpen(t, Source{Name: filepath.Base(p), Text: string(b)})
	want := map[string]string{"¥4,860 million": "SCRBP", "JPY 1,150 million": "XDB", "JPY 610 million": "RMCEP"}
	for _, am := range ix.x.amounts {
		short, ok := want[am.Text]
		if !ok {
			continue
		}
		if am.Project == nil || !strings.Contains(am.Project.Name, "("+short+")") {
			name := "none"
			if am.Project != nil {
				name = am.Project.Name
			}
			t.Errorf("%s given to %s, want the %s", am.Text, name, short)
		}
	}
}
