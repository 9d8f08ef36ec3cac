// Package discordtest is a fake Discord, REST API and gateway, served on
// 127.0.0.1 for end-to-end tests that run the real discordgo client over real
// sockets.
//
// A test starts a [Server], points a discordgo session at it with
// [Server.Transport] (which keeps the discord.com URLs discordgo builds and
// only changes where they go), opens the session and waits with
// [Server.WaitReady]. It then plays Discord: [Server.DispatchInteraction] and
// [Server.DispatchMessage] send gateway events, and [Server.WaitCallback],
// [Server.WaitEdit], [Server.WaitMessage] and friends return what the bot
// sent back.
//
// The fake is strict where Discord is: every JSON body the bot sends is
// checked against Discord's own OpenAPI description and the limits it cannot
// express (see [ValidateInteractionCallback] and its siblings), and misuse
// Discord would reject, such as answering an interaction twice or after three
// seconds, fails the test. A body with files is read as Discord reads
// multipart/form-data: a payload_json part, checked like any JSON body,
// and files[0] to files[9], whose attachments entries, content types and
// sizes (against the attachment_size_limit each interaction carries, see
// [WithAttachmentSizeLimit]) must be right; [Request.Files] returns them.
// Faults are injectable at any time: failed or
// rate-limited REST calls ([Server.FailNext]), slow responses
// ([Server.SetLatency]), dropped sockets ([Server.DropConnections]), op 7
// reconnect requests ([Server.SendReconnect]) and missing heartbeat ACKs
// ([Server.MissHeartbeatACKs]); like Discord, the fake lets the client resume
// and replays the events it missed.
//
// Like Discord, it routes each event to the shard of its guild,
// (guild_id >> 22) % shard_count, and direct messages to shard 0
// ([ShardOf]); GET /gateway/bot advertises the shard count and
// max_concurrency set with [WithShards]. It takes one login (IDENTIFY)
// per bucket, shard_id % max_concurrency, every 5 s and answers a login
// that comes sooner with op 9, invalid session; [Server.RejectLogins]
// refuses all of them for a while, and [Server.Logins] lists every login
// with when it came and why it was refused.
//
// discordgo's Close waits a second before it closes the socket, so each
// reconnect or close in a test costs about a second: run such tests in
// parallel.
package discordtest
