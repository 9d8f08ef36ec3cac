package discordtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"image/png"
	"io"
	"net/http"
	"strconv"
	"strings"
	"time"
)

// apiPrefix is where discordgo v0.29.0 sends REST calls (API version 9).
const apiPrefix = "/api/v9"

// route classifies a REST call.
type route int

const (
	routeUnknown route = iota
	routeGateway
	routeGatewayBot
	routeMe
	routeApplicationMe
	routeCallback
	routeGetOriginal
	routeEditOriginal
	routeDeleteOriginal
	routeFollowup
	routeEditFollowup
	routePutCommands
	routeGetCommands
	routeMessageCreate
	routeTyping
)

// call is a parsed REST path.
type call struct {
	route                                     route
	app, guild, channel, id, token, messageID string
	body                                      bodyKind // what to validate
}

func parseCall(method, path string) call {
	rest, ok := strings.CutPrefix(path, apiPrefix+"/")
	if !ok {
		return call{}
	}
	p := strings.Split(rest, "/")
	is := func(m string, parts ...string) bool {
		if m != method || len(parts) != len(p) {
			return false
		}
		for i, part := range parts {
			if part != "*" && part != p[i] {
				return false
			}
		}
		return true
	}
	switch {
	case is("GET", "gateway"):
		return call{route: routeGateway}
	case is("GET", "gateway", "bot"):
		return call{route: routeGatewayBot}
	case is("GET", "users", "@me"):
		return call{route: routeMe}
	case is("GET", "applications", "@me"), is("GET", "oauth2", "applications", "@me"):
		return call{route: routeApplicationMe}
	case is("POST", "interactions", "*", "*", "callback"):
		return call{route: routeCallback, id: p[1], token: p[2], body: callbackBody}
	case is("GET", "webhooks", "*", "*", "messages", "@original"):
		return call{route: routeGetOriginal, app: p[1], token: p[2]}
	case is("PATCH", "webhooks", "*", "*", "messages", "@original"):
		return call{route: routeEditOriginal, app: p[1], token: p[2], body: webhookEditBody}
	case is("DELETE", "webhooks", "*", "*", "messages", "@original"):
		return call{route: routeDeleteOriginal, app: p[1], token: p[2]}
	case is("POST", "webhooks", "*", "*"):
		return call{route: routeFollowup, app: p[1], token: p[2], body: followupBody}
	case is("PATCH", "webhooks", "*", "*", "messages", "*"):
		return call{route: routeEditFollowup, app: p[1], token: p[2], messageID: p[4], body: webhookEditBody}
	case is("PUT", "applications", "*", "commands"):
		return call{route: routePutCommands, app: p[1], body: commandsBody}
	case is("PUT", "applications", "*", "guilds", "*", "commands"):
		return call{route: routePutCommands, app: p[1], guild: p[3], body: guildCommandsBody}
	case is("GET", "applications", "*", "commands"):
		return call{route: routeGetCommands, app: p[1]}
	case is("GET", "applications", "*", "guilds", "*", "commands"):
		return call{route: routeGetCommands, app: p[1], guild: p[3]}
	case is("POST", "channels", "*", "messages"):
		return call{route: routeMessageCreate, channel: p[1], body: messageCreateBody}
	case is("POST", "channels", "*", "typing"):
		return call{route: routeTyping, channel: p[1]}
	}
	return call{}
}

// answer is how the fake replies to a REST call.
type answer struct {
	status   int
	body     any         // encoded as JSON; nil for no body
	header   http.Header // extra headers
	err      error       // why the call was rejected
	protocol bool        // err is misuse Discord reports, which AllowProtocolErrors tolerates
}

func ok(body any) answer { return answer{status: http.StatusOK, body: body} }

func discordError(status, code int, message string) answer {
	return answer{status: status, body: map[string]any{"code": code, "message": message}}
}

func misuse(status, code int, message string, err error) answer {
	a := discordError(status, code, message)
	a.err, a.protocol = err, true
	return a
}

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if r.URL.Path == "/gateway" || r.URL.Path == "/gateway/" {
		s.serveGateway(w, r)
		return
	}
	req := Request{
		Method:   r.Method,
		Path:     r.URL.Path,
		RawQuery: r.URL.RawQuery,
		Header:   r.Header.Clone(),
		Time:     time.Now(),
	}
	body, err := io.ReadAll(r.Body)
	if err != nil {
		return
	}
	req.Body = body
	c := parseCall(r.Method, r.URL.Path)
	req.route = c.route

	s.mu.Lock()
	limit := int64(s.cfg.attachLimit)
	if st := s.interactionOf(c); st != nil {
		req.InteractionID = st.id
		limit = st.attachLimit
	}
	s.mu.Unlock()

	var invalid error
	if c.body != noBody {
		rb, err := readBody(r.Header.Get("Content-Type"), body)
		if err == nil {
			err = checkSizes(rb.files, limit)
		}
		if err == nil {
			err = validate(c.body, rb.json, rb.files)
		}
		invalid = err
	}

	s.mu.Lock()
	var a answer
	switch f := s.takeFaultLocked(r.Method, r.URL.Path); {
	case f != nil:
		a = faultAnswer(f.status)
	case invalid != nil:
		a = rejection(invalid)
	default:
		a = s.handleLocked(c, &req)
	}
	if invalid != nil {
		a.err, a.protocol = invalid, false
	}
	latency := s.latency
	s.mu.Unlock()

	req.Status, req.Err = a.status, a.err
	if m, ok := a.body.(map[string]json.RawMessage); ok && c.route == routeMessageCreate {
		json.Unmarshal(m["id"], &req.MessageID)
	}
	if a.err != nil && !(a.protocol && s.cfg.allowProtocol) {
		s.t.Errorf("discordtest: %s %s: %v\nbody: %.2000s", r.Method, r.URL.Path, a.err, body)
	}
	if latency > 0 {
		select {
		case <-time.After(latency):
		case <-r.Context().Done():
		}
	}

	var out []byte
	if a.body != nil {
		if out, err = json.Marshal(a.body); err != nil {
			s.t.Errorf("discordtest: encode answer to %s %s: %v", r.Method, r.URL.Path, err)
		}
	}
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.notifyLocked()
	s.mu.Unlock()

	for k, v := range a.header {
		w.Header()[k] = v
	}
	if out != nil {
		w.Header().Set("Content-Type", "application/json")
	}
	w.WriteHeader(a.status)
	w.Write(out)
}

// rejection is Discord's answer to a body it refuses: 400 50035 with the
// reasons in "errors", unless the form itself was refused otherwise.
func rejection(err error) answer {
	status, code, message := http.StatusBadRequest, 50035, "Invalid Form Body"
	if fe, ok := errors.AsType[*formError](err); ok {
		status, code, message = fe.status, fe.code, fe.message
	}
	a := discordError(status, code, message)
	a.body.(map[string]any)["errors"] = map[string]any{ // Discord's shape, the fake's words
		"_errors": []any{map[string]any{"code": "DISCORDTEST_INVALID", "message": err.Error()}},
	}
	return a
}

// faultAnswer is an injected failure as Discord would word it.
func faultAnswer(status int) answer {
	if status != http.StatusTooManyRequests {
		return discordError(status, 0, fmt.Sprintf("%d: %s", status, http.StatusText(status)))
	}
	// discordgo sleeps retry_after (float seconds, from the body) and retries;
	// its bucket reads the X-RateLimit headers.
	const wait = 0.05
	h := http.Header{}
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(50*time.Millisecond).UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(wait, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", "fake-bucket")
	h.Set("X-RateLimit-Scope", "user")
	return answer{
		status: http.StatusTooManyRequests,
		header: h,
		body:   map[string]any{"message": "You are being rate limited.", "retry_after": wait, "global": false},
	}
}

// interactionOf finds the interaction a callback or webhook call is about.
func (s *Server) interactionOf(c call) *interactionState {
	switch {
	case c.route == routeCallback:
		return s.interactions[c.id]
	case c.token != "":
		return s.tokens[c.token]
	}
	return nil
}

// handleLocked answers one REST call as Discord would, by its route. Call
// it with s.mu held: most routes read or change the interactions, messages
// and commands the fake keeps.
func (s *Server) handleLocked(c call, req *Request) answer {
	switch c.route {
	case routeGateway:
		return ok(map[string]any{"url": "ws://" + s.addr + "/gateway"})
	case routeGatewayBot:
		return ok(map[string]any{
			"url":    "ws://" + s.addr + "/gateway",
			"shards": s.cfg.shards,
			"session_start_limit": map[string]any{
				"total": 1000, "remaining": 1000 - s.gw.identifies, "reset_after": 0, "max_concurrency": s.cfg.maxConc,
			},
		})
	case routeMe:
		return ok(s.botUser())
	case routeApplicationMe:
		return ok(map[string]any{"id": s.appID, "name": s.cfg.botName, "bot_public": true, "bot": s.botUser()})
	case routeCallback:
		return s.callbackLocked(c, req)
	case routeGetOriginal, routeEditOriginal, routeDeleteOriginal, routeFollowup, routeEditFollowup:
		return s.webhookLocked(c, req)
	case routePutCommands:
		return s.putCommandsLocked(c, req.JSON())
	case routeGetCommands:
		if c.app != s.appID {
			return misuse(http.StatusForbidden, 50001, "Missing Access", fmt.Errorf("application %s is not the bot's (%s)", c.app, s.appID))
		}
		if cmds := s.commands[c.guild]; cmds != nil {
			return ok(cmds)
		}
		return ok([]any{})
	case routeMessageCreate:
		m := s.newMessageLocked(c.channel, s.channelGuild[c.channel])
		mergeMessage(m, req.JSON())
		s.setAttachmentsLocked(m, req.JSON(), req.Files())
		if _, reply := m["message_reference"]; reply {
			m["type"] = json.RawMessage("19")
		}
		var id string
		json.Unmarshal(m["id"], &id)
		s.posted[id] = m
		return ok(m)
	case routeTyping:
		return answer{status: http.StatusNoContent}
	}
	return discordError(http.StatusNotFound, 0, "404: Not Found")
}

// interactionState is what the fake knows of a dispatched interaction.
type interactionState struct {
	id, token, channelID, guildID string
	attachLimit                   int64                      // the attachment_size_limit it was sent with
	delivered                     time.Time                  // last sent over the gateway
	ackType                       int                        // callback type, 0 until answered
	message                       map[string]json.RawMessage // the message a component was on
	original                      map[string]json.RawMessage // the response message, once there is one
	followups                     map[string]map[string]json.RawMessage
}

func (s *Server) callbackLocked(c call, req *Request) answer {
	st := s.interactions[c.id]
	if st == nil || st.token != c.token {
		return misuse(http.StatusNotFound, 10062, "Unknown interaction", errors.New("callback for an interaction id/token the fake never dispatched"))
	}
	if d := s.cfg.deadline; d > 0 && !st.delivered.IsZero() && req.Time.Sub(st.delivered) > d {
		return misuse(http.StatusNotFound, 10062, "Unknown interaction",
			fmt.Errorf("callback %v after the interaction was delivered; Discord allows %v (defer with type 5 first)", req.Time.Sub(st.delivered).Round(time.Millisecond), d))
	}
	if st.ackType != 0 {
		return misuse(http.StatusBadRequest, 40060, "Interaction has already been acknowledged.",
			fmt.Errorf("second callback; the interaction was already answered with type %d (edit @original or send a follow-up instead)", st.ackType))
	}
	var body struct {
		Type int             `json:"type"`
		Data json.RawMessage `json:"data"`
	}
	json.Unmarshal(req.JSON(), &body) // validated already
	st.ackType = body.Type
	switch body.Type {
	case 4, 5: // a new message, or its "thinking..." placeholder
		st.original = s.newMessageLocked(st.channelID, st.guildID)
		st.original["type"] = json.RawMessage("20")
		st.original["webhook_id"] = quote(s.appID)
		st.original["application_id"] = quote(s.appID)
		mergeMessage(st.original, body.Data)
		s.setAttachmentsLocked(st.original, body.Data, req.Files())
		if body.Type == 5 {
			st.original["flags"] = json.RawMessage(strconv.Itoa(flagsOf(body.Data) | flagLoading))
		}
	case 6, 7: // the component's own message, perhaps updated
		st.original = st.message
		if st.original == nil {
			st.original = s.newMessageLocked(st.channelID, st.guildID)
		}
		mergeMessage(st.original, body.Data)
		s.setAttachmentsLocked(st.original, body.Data, req.Files())
	}
	return answer{status: http.StatusNoContent}
}

func (s *Server) webhookLocked(c call, req *Request) answer {
	st := s.tokens[c.token]
	if st == nil || c.app != s.appID {
		return misuse(http.StatusNotFound, 10015, "Unknown Webhook", fmt.Errorf("no interaction with token %q for application %s", c.token, c.app))
	}
	if st.original == nil {
		return misuse(http.StatusNotFound, 10015, "Unknown Webhook",
			errors.New("webhook call before the interaction was answered with a message or a deferral (callback type 4, 5, 6 or 7)"))
	}
	if len(st.original) == 0 && (c.route == routeGetOriginal || c.route == routeEditOriginal || c.route == routeDeleteOriginal) {
		return misuse(http.StatusNotFound, 10008, "Unknown Message", errors.New("the original response was deleted"))
	}
	switch c.route {
	case routeGetOriginal:
		return ok(st.original)
	case routeEditOriginal:
		mergeMessage(st.original, req.JSON())
		s.setAttachmentsLocked(st.original, req.JSON(), req.Files())
		st.original["edited_timestamp"] = quote(time.Now().UTC().Format(time.RFC3339Nano))
		if flags, _ := strconv.Atoi(string(st.original["flags"])); flags&flagLoading != 0 {
			st.original["flags"] = json.RawMessage(strconv.Itoa(flags &^ flagLoading))
		}
		return ok(st.original)
	case routeDeleteOriginal:
		st.original = map[string]json.RawMessage{} // gone, but follow-ups may still come
		return answer{status: http.StatusNoContent}
	case routeFollowup:
		m := s.newMessageLocked(st.channelID, st.guildID)
		m["webhook_id"] = quote(s.appID)
		m["application_id"] = quote(s.appID)
		mergeMessage(m, req.JSON())
		s.setAttachmentsLocked(m, req.JSON(), req.Files())
		if st.followups == nil {
			st.followups = map[string]map[string]json.RawMessage{}
		}
		var id string
		json.Unmarshal(m["id"], &id)
		st.followups[id] = m
		if !strings.Contains(req.RawQuery, "wait=true") {
			return answer{status: http.StatusNoContent}
		}
		return ok(m)
	case routeEditFollowup:
		m := st.followups[c.messageID]
		if m == nil {
			return misuse(http.StatusNotFound, 10008, "Unknown Message", fmt.Errorf("no follow-up %s of interaction %s", c.messageID, st.id))
		}
		mergeMessage(m, req.JSON())
		s.setAttachmentsLocked(m, req.JSON(), req.Files())
		m["edited_timestamp"] = quote(time.Now().UTC().Format(time.RFC3339Nano))
		return ok(m)
	}
	return discordError(http.StatusNotFound, 0, "404: Not Found")
}

// putCommandsLocked answers a bulk overwrite as Discord does: the same
// commands with ids, which stay the same for a name across overwrites.
func (s *Server) putCommandsLocked(c call, body []byte) answer {
	if c.app != s.appID {
		return misuse(http.StatusForbidden, 50001, "Missing Access", fmt.Errorf("application %s is not the bot's (%s)", c.app, s.appID))
	}
	var cmds []map[string]json.RawMessage
	json.Unmarshal(body, &cmds) // validated already
	if cmds == nil {
		cmds = []map[string]json.RawMessage{}
	}
	for _, cmd := range cmds {
		typ := "1"
		if t, ok := cmd["type"]; ok && string(t) != "null" {
			typ = string(t)
		}
		var name string
		json.Unmarshal(cmd["name"], &name)
		key := c.guild + "/" + typ + "/" + name
		id := s.commandIDs[key]
		if id == "" {
			id = s.newIDLocked()
			s.commandIDs[key] = id
		}
		cmd["id"] = quote(id)
		cmd["application_id"] = quote(s.appID)
		cmd["type"] = json.RawMessage(typ)
		cmd["version"] = quote(id)
		if c.guild != "" {
			cmd["guild_id"] = quote(c.guild)
		}
	}
	out, _ := json.Marshal(cmds)
	s.commands[c.guild] = out
	return ok(json.RawMessage(out))
}

func (s *Server) botUser() map[string]any {
	return map[string]any{"id": s.botID, "username": s.cfg.botName, "discriminator": "0", "global_name": nil, "avatar": nil, "bot": true}
}

// newMessageLocked is a message the bot posts, with every field discordgo
// reads present, before the request's own fields are merged in.
func (s *Server) newMessageLocked(channelID, guildID string) map[string]json.RawMessage {
	author, _ := json.Marshal(s.botUser())
	m := map[string]json.RawMessage{
		"id":               quote(s.newIDLocked()),
		"type":             json.RawMessage("0"),
		"channel_id":       quote(channelID),
		"author":           author,
		"content":          quote(""),
		"timestamp":        quote(time.Now().UTC().Format(time.RFC3339Nano)),
		"edited_timestamp": json.RawMessage("null"),
		"tts":              json.RawMessage("false"),
		"mention_everyone": json.RawMessage("false"),
		"mentions":         json.RawMessage("[]"),
		"mention_roles":    json.RawMessage("[]"),
		"attachments":      json.RawMessage("[]"),
		"embeds":           json.RawMessage("[]"),
		"components":       json.RawMessage("[]"),
		"pinned":           json.RawMessage("false"),
		"flags":            json.RawMessage("0"),
	}
	if guildID != "" {
		m["guild_id"] = quote(guildID)
	}
	return m
}

// mergeMessage copies a request's message fields into a stored message,
// leaving out request-only fields and nulls (which mean "unchanged").
func mergeMessage(m map[string]json.RawMessage, body []byte) {
	var fields map[string]json.RawMessage
	if json.Unmarshal(body, &fields) != nil {
		return
	}
	for k, v := range fields {
		switch k {
		case "allowed_mentions", "attachments", "sticker_ids", "enforce_nonce", "username", "avatar_url", "thread_name", "applied_tags", "choices", "custom_id", "title":
			continue
		}
		if string(v) != "null" {
			m[k] = v
		}
	}
}

// setAttachmentsLocked sets a stored message's attachments as Discord does after
// a request: each upload under a new id with a CDN URL, in the order the
// request's attachments array gives, with the attachments it keeps. A
// request that neither carries files nor lists attachments leaves them
// as they were; one that carries files without a list adds them.
func (s *Server) setAttachmentsLocked(m map[string]json.RawMessage, msg []byte, files []File) {
	var req struct {
		Attachments *[]struct {
			ID       string `json:"id"`
			Filename string `json:"filename"`
		} `json:"attachments"`
	}
	json.Unmarshal(msg, &req) // validated already
	if req.Attachments == nil && len(files) == 0 {
		return
	}
	var had []map[string]any
	json.Unmarshal(m["attachments"], &had)
	var channel string
	json.Unmarshal(m["channel_id"], &channel)
	uploads := map[string]File{}
	for _, f := range files {
		uploads[strconv.Itoa(f.Index)] = f
	}
	out := []map[string]any{}
	if req.Attachments == nil {
		out = append(out, had...)
	}
	for _, a := range deref(req.Attachments) {
		if f, ok := uploads[a.ID]; ok {
			out = append(out, s.uploadLocked(channel, f, a.Filename))
			delete(uploads, a.ID)
			continue
		}
		for _, h := range had {
			if h["id"] == a.ID {
				out = append(out, h)
			}
		}
	}
	for _, f := range files {
		if _, left := uploads[strconv.Itoa(f.Index)]; left {
			out = append(out, s.uploadLocked(channel, f, ""))
		}
	}
	m["attachments"], _ = json.Marshal(out)
}

func deref[T any](p *[]T) []T {
	if p == nil {
		return nil
	}
	return *p
}

// uploadLocked is the attachment object Discord makes of an upload; name,
// when set, renames it, as an attachments entry's filename does.
func (s *Server) uploadLocked(channel string, f File, name string) map[string]any {
	if name == "" {
		name = f.Name
	}
	id := s.newIDLocked()
	url := "https://cdn.discordapp.com/attachments/" + channel + "/" + id + "/" + name
	a := map[string]any{
		"id": id, "filename": name, "size": len(f.Data), "content_type": f.ContentType,
		"url": url, "proxy_url": strings.Replace(url, "cdn.discordapp.com", "media.discordapp.net", 1),
	}
	if cfg, err := png.DecodeConfig(bytes.NewReader(f.Data)); err == nil {
		a["width"], a["height"] = cfg.Width, cfg.Height
	}
	return a
}

// flagLoading marks a deferred response ("is thinking...") until its first
// edit.
const flagLoading = 1 << 7

func flagsOf(data json.RawMessage) int {
	var v struct{ Flags int }
	json.Unmarshal(data, &v)
	return v.Flags
}

func quote(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}
