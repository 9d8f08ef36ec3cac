package bot

import (
	"os"
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/iaibot/iaibot/internal/testsupport"
)

// TestCodeTourNamesEveryFile checks the tour in doc.go against the
// package: it names every source file but itself, and no file that is
// gone.
func TestCodeTourNamesEveryFile(t *testing.T) {
	doc, err := os.ReadFile("doc.go")
	if err != nil {
		t.Fatal(err)
	}
	want := slices.DeleteFunc(testsupport.SourceFiles(t, "."), func(f string) bool { return f == "doc.go" })
	if diff := cmp.Diff(want, testsupport.GoFileNames(string(doc))); diff != "" {
		t.Errorf("files in the code tour (-package +doc.go):\n%s", diff)
	}
}
