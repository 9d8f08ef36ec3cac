//go:build unix

package index

import (
	"errors"
	"os"
	"syscall"
)

// lockFile takes an exclusive flock on f, calling wait first if another
// process holds it. The kernel releases it when f is closed or the process
// dies.
func lockFile(f *os.File, wait func()) (waited bool, err error) {
	fd := int(f.Fd())
	err = flock(fd, syscall.LOCK_EX|syscall.LOCK_NB)
	if errors.Is(err, syscall.EWOULDBLOCK) {
		wait()
		waited = true
		err = flock(fd, syscall.LOCK_EX)
	}
	return waited, err
}

func flock(fd, how int) error {
	for {
		if err := syscall.Flock(fd, how); !errors.Is(err, syscall.EINTR) {
			return err
		}
	}
}
