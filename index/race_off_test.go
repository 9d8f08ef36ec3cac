//go:build !race

package index

// raceDetector is set when the tests run under the race detector, which
// makes answering about ten times slower.
const raceDetector = false
