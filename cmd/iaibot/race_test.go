//go:build race

package main

// The processes a race-detecting test starts detect races too.
func init() { raceBuild = true }
