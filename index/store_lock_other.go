//go:build !unix && !windows

package index

import "os"

// lockFile does nothing where the platform has no file locks: one process
// at a time may use an index directory there.
func lockFile(*os.File, func()) (bool, error) { return false, nil }
