package index

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	"os"
	"sync"
)

// programID identifies the running program by a hash of its executable.
// The facts and the model on disk are whatever this program's extraction
// and answerer made of the documents; another program, even one built from
// a single changed rule, must make them again. A hash of the file is the one
// identity every build has: version stamps and VCS information are missing
// from test binaries, go run and builds from a modified tree.
var programID = sync.OnceValues(func() (string, error) {
	path, err := os.Executable()
	if err != nil {
		return "", err
	}
	f, err := os.Open(path)
	if err != nil {
		return "", err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("read %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
})
