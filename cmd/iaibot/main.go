// Command iaibot is a Discord bot that answers questions about Japan's
// cooperation with ASEAN from its source documents, with citations.
//
// Usage:
//
//	iaibot                      console on stdin (no DISCORD_TOKEN), or the live bot
//	iaibot query [--json] [--out DIR] [--seeds DIR] LINE...
//	iaibot export --format csv|json [--what W] [--country C] [--out DIR]
//	iaibot index build --index-dir DIR [--seeds DIR]
//	iaibot version
//
// Run "iaibot help" for the full list.
package main

import (
	"context"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := Main(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr, os.Getenv)
	stop()
	os.Exit(code)
}
