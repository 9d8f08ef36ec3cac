// Package bot is everything Discord about iaibot: the /iai command table,
// one handler per subcommand, pure renderers, Discord's limits, and the
// transports that carry interactions in and replies out — the gateway,
// the HTTP interactions endpoint and the console.
//
// A [Bot] holds the index and no connection. It computes a [Reply] for a
// subcommand ([Bot.Run]), an interaction ([Bot.HandleInteraction]), a
// channel message ([Bot.Message]) or a typed line ([Bot.HandleLine]); the
// transports only receive and send.
//
// # Code overview
//
// The commands:
//
//   - commands.go: the command table that registration, dispatch and
//     /iai help all read; [Bot.Run], the one dispatcher, which checks
//     options, turns a user's mistake into an ephemeral reply and anything
//     else into a short apology.
//   - search.go, country.go, project.go (project and projects),
//     funding.go, members.go, timeline.go, ask.go, help.go: one handler per
//     subcommand. Each reads its options, asks the index and hands what it
//     found, its view, to a renderer. With as:chart, timeline.go and
//     funding.go turn the facts into the plain values package chart draws.
//   - export.go: /iai export and [Bot.Export], the facts as rows with
//     their sources, written by package export into files that fit the
//     interaction's attachment limit.
//   - render.go: views to embeds, buttons and files, as pure functions.
//   - pager.go: cutting a long list into pages that fit, with Prev and
//     Next.
//   - components.go: the buttons' custom_id format and [Bot.Component],
//     which answers a press.
//   - reply.go: [Reply], Discord's limits and the one place replies are
//     cut to them, mentions suppressed and markdown escaped.
//   - interaction.go: [Bot.HandleInteraction], which reads any interaction
//     into a subcommand, a button or an autocomplete.
//   - line.go: what a user types, "/iai search HIV" or a question, for the
//     console and for channel messages.
//
// The transports:
//
//   - transport.go: the one path an interaction takes once it has arrived,
//     whichever way: compute with panic recovery, count it, acknowledge
//     with a placeholder when computing is slow, complete the deferred
//     reply, log one line.
//   - gateway.go: [Live], the bot on the gateway: connecting, admitting
//     events in order, cooldowns for channel messages, draining on
//     shutdown; one Live is one shard.
//   - login.go: [LoginPacer], Discord's login pace (one IDENTIFY per
//     bucket of shards every 5 s), kept on the socket itself, where every
//     IDENTIFY discordgo writes waits for its slot, after a pause when
//     Discord has answered op 9.
//   - shards.go: [Gateway], the shards one process runs, each a Live,
//     and what GET /gateway/bot says about them.
//   - endpoint.go and verify.go: [Endpoint], the Interactions Endpoint URL,
//     and the signature and replay checks in front of it.
//   - rest.go: the REST session both transports reply through, and
//     [RegisterCommands].
//   - attach.go: a reply's files on the wire, as multipart/form-data with
//     the attachments array that names them, and the attachment size limit
//     an interaction comes with.
//   - console.go: the console and "iaibot query", as text or as the JSON
//     the bot would send, and [Outbox], where they write a reply's files.
//
// Around them: config.go (settings from the environment), ratelimit.go
// (per-user budgets), shared.go (the budgets, cooldowns, events already
// answered and login slots that processes share through a store such as
// Redis, and the fall back to memory when it is down), metrics.go
// (Prometheus), admin.go (health, readiness and metrics over HTTP) and
// redact.go (no token in any log line).
//
// # From socket or HTTP to reply
//
// Over the gateway, discordgo reads an INTERACTION_CREATE event and calls
// [Live]'s handler on the reader goroutine, which admits it (not a replay,
// not during shutdown) and starts a goroutine. There the per-user rate
// limit is checked, and transport.go's path computes the response with
// [Bot.HandleInteraction] under panic recovery; if that takes longer than
// [LiveOptions.DeferAfter], a placeholder has already gone out through
// REST and the answer edits it or follows it up. Otherwise the answer goes
// out as the interaction's callback, as multipart/form-data when it has
// files. Either way the interaction gets one log line. discordgo's typed
// event drops the interaction's attachment_size_limit, so interactions are
// taken from the raw event, and the limit rides in the context to the
// handlers that attach files.
//
// Over HTTP, [Endpoint.ServeHTTP] checks the method, size, signature,
// timestamp and content type before it parses anything, answers PING
// itself, applies the rate limit and computes on the same path in a
// goroutine. An answer ready in time is the HTTP response body; a late one
// is deferred in the body and completed through REST, as on the gateway,
// and so is one with files, which a response body cannot carry.
//
// [Bot.HandleInteraction] reads the interaction's subcommand and options
// into [Args] and calls [Bot.Run], which looks the handler up in the
// command table; the handler asks the index and a renderer builds the
// [Reply], which reply.go cuts to Discord's limits as it becomes the
// response body.
package bot
