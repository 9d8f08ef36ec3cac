package discordtest

import (
	"bytes"
	"cmp"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/santhosh-tekuri/jsonschema/v6"
	"github.com/santhosh-tekuri/jsonschema/v6/kind"
	"golang.org/x/text/language"
	"golang.org/x/text/message"
)

// openapiJSON is Discord's own description of its HTTP API (MIT, see
// testdata/LICENSE-openapi). Its request schemas carry the per-field limits
// Discord enforces, so validating against it catches what a hand-written list
// would forget.
//
//go:embed testdata/openapi.json
var openapiJSON []byte

// specURL names the embedded document for the compiler; nothing is fetched.
const specURL = "https://discord.test/openapi.json"

// Request bodies the bot sends, as OpenAPI path items and methods.
const (
	pathCallback     = "/interactions/{interaction_id}/{interaction_token}/callback"
	pathMessages     = "/channels/{channel_id}/messages"
	pathWebhook      = "/webhooks/{webhook_id}/{webhook_token}"
	pathOriginal     = "/webhooks/{webhook_id}/{webhook_token}/messages/@original"
	pathCommands     = "/applications/{application_id}/commands"
	pathGuildCommand = "/applications/{application_id}/guilds/{guild_id}/commands"
)

// bodyKind names a request body the fake checks.
type bodyKind int

const (
	noBody bodyKind = iota
	callbackBody
	messageCreateBody
	webhookEditBody
	followupBody
	commandsBody
	guildCommandsBody
)

// compiledSchemas holds the request-body schema of each kind.
type compiledSchemas map[bodyKind]*jsonschema.Schema

var (
	schemasOnce sync.Once
	schemas     compiledSchemas
	schemasErr  error
)

func loadSchemas() (compiledSchemas, error) {
	schemasOnce.Do(func() { schemas, schemasErr = compileSchemas() })
	return schemas, schemasErr
}

func compileSchemas() (compiledSchemas, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(openapiJSON))
	if err != nil {
		return nil, fmt.Errorf("parse openapi.json: %w", err)
	}
	c := jsonschema.NewCompiler()
	// OpenAPI 3.1 schemas are 2020-12; format stays an annotation, as that
	// draft wants, because Discord's "snowflake", "int32" and "nonce" formats
	// are descriptions, not checks a generic validator knows.
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(specURL, doc); err != nil {
		return nil, fmt.Errorf("add openapi.json: %w", err)
	}
	body := func(path, method string) (*jsonschema.Schema, error) {
		if _, err := lookup(doc, "paths", path, method, "requestBody", "content", "application/json", "schema"); err != nil {
			return nil, fmt.Errorf("%s %s: %w", strings.ToUpper(method), path, err)
		}
		ptr := "/paths/" + escapePointer(path) + "/" + method + "/requestBody/content/application~1json/schema"
		sch, err := c.Compile(specURL + "#" + ptr)
		if err != nil {
			return nil, fmt.Errorf("compile %s %s: %w", strings.ToUpper(method), path, err)
		}
		return sch, nil
	}
	s := compiledSchemas{}
	for _, b := range []struct {
		kind         bodyKind
		path, method string
	}{
		{callbackBody, pathCallback, "post"},
		{messageCreateBody, pathMessages, "post"},
		{webhookEditBody, pathOriginal, "patch"},
		{followupBody, pathWebhook, "post"},
		{commandsBody, pathCommands, "put"},
		{guildCommandsBody, pathGuildCommand, "put"},
	} {
		if s[b.kind], err = body(b.path, b.method); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// lookup follows object keys (unescaped) through a decoded JSON document.
func lookup(doc any, keys ...string) (any, error) {
	for i, k := range keys {
		obj, ok := doc.(map[string]any)
		if !ok {
			return nil, fmt.Errorf("%s is not an object", strings.Join(keys[:i], "/"))
		}
		if doc, ok = obj[k]; !ok {
			return nil, fmt.Errorf("no %q under /%s", k, strings.Join(keys[:i], "/"))
		}
	}
	return doc, nil
}

func escapePointer(s string) string {
	return strings.NewReplacer("~", "~0", "/", "~1").Replace(s)
}

// ValidateInteractionCallback checks a POST .../callback body against the
// schema and the limits the schema cannot express.
func ValidateInteractionCallback(body []byte) error { return validate(callbackBody, body, nil) }

// ValidateMessageCreate checks a POST /channels/{id}/messages body.
func ValidateMessageCreate(body []byte) error { return validate(messageCreateBody, body, nil) }

// ValidateWebhookEdit checks a PATCH .../messages/@original body, which is
// how a deferred interaction gets its answer.
func ValidateWebhookEdit(body []byte) error { return validate(webhookEditBody, body, nil) }

// ValidateFollowup checks a POST /webhooks/{app}/{token} body (an
// interaction follow-up message).
func ValidateFollowup(body []byte) error { return validate(followupBody, body, nil) }

// ValidateCommands checks a bulk-overwrite PUT .../commands body (global and
// guild ones share a schema).
func ValidateCommands(body []byte) error { return validate(commandsBody, body, nil) }

// ValidateInteractionCallbackFiles checks a callback sent as
// multipart/form-data: payload is its payload_json part and files its
// files[n] parts. Beyond [ValidateInteractionCallback], the attachments
// array must list each file by its index, and an embed image given as
// attachment://NAME must name one of them.
func ValidateInteractionCallbackFiles(payload []byte, files []File) error {
	return validateFiles(callbackBody, payload, files)
}

// ValidateWebhookEditFiles is [ValidateInteractionCallbackFiles] for a
// PATCH .../messages/@original, which is how files reach a deferred
// interaction.
func ValidateWebhookEditFiles(payload []byte, files []File) error {
	return validateFiles(webhookEditBody, payload, files)
}

// validateFiles checks payload and files as the fake checks a multipart
// body, but for the size limit, which depends on the interaction.
func validateFiles(kind bodyKind, payload []byte, files []File) error {
	var errs []error
	for _, f := range files {
		if err := checkContent(f); err != nil {
			errs = append(errs, fmt.Errorf("files[%d] (%s): %w", f.Index, f.Name, err))
		}
	}
	return errors.Join(append(errs, validate(kind, payload, files))...)
}

// validate checks a JSON body of a kind and the files that came with it,
// which make a message without text or embeds non-empty.
func validate(kind bodyKind, body []byte, files []File) error {
	s, err := loadSchemas()
	if err != nil {
		return err
	}
	v, err := jsonschema.UnmarshalJSON(bytes.NewReader(body))
	if err != nil {
		return fmt.Errorf("body is not JSON: %w", err)
	}
	instance := v
	if kind == commandsBody || kind == guildCommandsBody {
		instance = permissionsAsNumbers(v)
	}
	if err := s[kind].Validate(instance); err != nil {
		return schemaError(err)
	}
	c := checker{files: files}
	switch kind {
	case callbackBody:
		data := asObject(v)["data"]
		switch typ, _ := asInt(asObject(v)["type"]); typ {
		case 4: // CHANNEL_MESSAGE_WITH_SOURCE
			c.message("/data", data, true)
		case 7: // UPDATE_MESSAGE
			c.message("/data", data, false)
		case 8: // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
			c.choices("/data/choices", asObject(data)["choices"])
		case 9: // MODAL
			c.components("/data/components", asObject(data)["components"], 0)
		}
	case messageCreateBody, followupBody:
		c.message("", v, true)
	case webhookEditBody:
		c.message("", v, false)
	case commandsBody, guildCommandsBody:
		c.commands(v)
	}
	return c.err()
}

// schemaError reports the leaves of a schema failure. Discord's unions are
// oneOf/anyOf lists told apart by "type" (or by null versus object), and the
// raw error says why the value fails every variant; only the variant the
// value meant to be is worth reading.
func schemaError(err error) error {
	var ve *jsonschema.ValidationError
	if !errors.As(err, &ve) {
		return fmt.Errorf("does not match Discord's OpenAPI schema: %w", err)
	}
	var lines []string
	schemaLeaves(ve, &lines)
	seen := map[string]bool{}
	lines = slices.DeleteFunc(lines, func(l string) bool {
		dup := seen[l]
		seen[l] = true
		return dup
	})
	return fmt.Errorf("does not match Discord's OpenAPI schema: %s", strings.Join(lines, "; "))
}

var printer = message.NewPrinter(language.English)

func schemaLeaves(e *jsonschema.ValidationError, out *[]string) {
	at := pointerOf(e.InstanceLocation)
	switch e.ErrorKind.(type) {
	case *kind.OneOf, *kind.AnyOf:
		if len(e.Causes) > 0 {
			unionLeaves(e, at, out)
			return
		}
	}
	if len(e.Causes) == 0 {
		*out = append(*out, fmt.Sprintf("%s: %s", rootSlash(at), e.ErrorKind.LocalizedString(printer)))
		return
	}
	for _, c := range e.Causes {
		schemaLeaves(c, out)
	}
}

// unionLeaves keeps the variant with the fewest failures among those whose
// discriminator fits, which is the one the sender meant.
func unionLeaves(e *jsonschema.ValidationError, at string, out *[]string) {
	var got any
	var want []string
	var best []string
	for _, c := range e.Causes {
		if otherVariant(c, at, &got, &want) {
			continue
		}
		var l []string
		schemaLeaves(c, &l)
		if best == nil || len(l) < len(best) {
			best = l
		}
	}
	switch {
	case best != nil:
		*out = append(*out, best...)
	case len(want) > 0:
		slices.SortFunc(want, func(a, b string) int {
			return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b))
		})
		*out = append(*out, fmt.Sprintf("%s/type: got %v, want one of %s", at, got, strings.Join(want, ", ")))
	default:
		for _, c := range e.Causes {
			schemaLeaves(c, out)
		}
	}
}

// otherVariant reports whether a union branch failed because the value is
// another variant: the wrong JSON type at the union's own location, or the
// wrong "type" discriminator, whose wanted values it collects.
func otherVariant(e *jsonschema.ValidationError, at string, got *any, want *[]string) bool {
	loc := pointerOf(e.InstanceLocation)
	switch k := e.ErrorKind.(type) {
	case *kind.Type:
		return loc == at
	case *kind.Const:
		if loc == at+"/type" {
			*got = k.Got
			*want = append(*want, fmt.Sprint(k.Want))
			return true
		}
	case *kind.Enum:
		if loc == at+"/type" {
			*got = k.Got
			for _, w := range k.Want {
				*want = append(*want, fmt.Sprint(w))
			}
			return true
		}
	case *kind.OneOf, *kind.AnyOf:
		return false
	}
	found := false
	for _, c := range e.Causes {
		if otherVariant(c, at, got, want) {
			found = true
		}
	}
	return found
}

// pointerOf gives a JSON pointer, "" for the root.
func pointerOf(tokens []string) string {
	var b strings.Builder
	for _, t := range tokens {
		b.WriteString("/" + escapePointer(t))
	}
	return b.String()
}

func rootSlash(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

// permissionsAsNumbers returns a copy of a command list whose
// default_member_permissions strings are numbers. Discord documents the field
// as a string and discordgo sends one (`json:",string"`), but the OpenAPI
// description says integer; Discord accepts both, so only the schema's view
// is adjusted.
func permissionsAsNumbers(v any) any {
	list, ok := v.([]any)
	if !ok {
		return v
	}
	out := make([]any, len(list))
	for i, cmd := range list {
		obj, ok := cmd.(map[string]any)
		if !ok {
			out[i] = cmd
			continue
		}
		p, ok := obj["default_member_permissions"].(string)
		if _, err := strconv.ParseUint(p, 10, 64); !ok || err != nil {
			out[i] = cmd
			continue
		}
		cp := make(map[string]any, len(obj))
		for k, x := range obj {
			cp[k] = x
		}
		cp["default_member_permissions"] = json.Number(p)
		out[i] = cp
	}
	return out
}

// Limits from Discord's documentation that the schema does not state, or
// states more loosely than Discord enforces them.
const (
	maxContent         = 2000
	maxEmbeds          = 10
	maxEmbedTotal      = 6000
	maxChoices         = 25
	maxChoiceName      = 100
	maxChoiceValue     = 100
	maxCustomID        = 100
	maxButtonLabel     = 80
	maxActionRows      = 5
	maxCommandName     = 32
	maxDescription     = 100
	maxOptions         = 25
	maxCommandTotal    = 8000 // name, description, options and choices together
	flagComponentsV2   = 1 << 15
	componentButton    = 2
	buttonStyleLink    = 5
	buttonStylePremium = 6
)

// commandName is Discord's pattern for CHAT_INPUT command and option names;
// it also wants them lower case where the script has case.
var commandName = regexp.MustCompile(`^[-_\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

// checker collects every violation in a body, so one run names them all.
type checker struct {
	files []File // the files that came with the body
	errs  []error
}

func (c *checker) addf(path, format string, args ...any) {
	c.errs = append(c.errs, fmt.Errorf("%s: "+format, append([]any{rootSlash(path)}, args...)...))
}

func (c *checker) err() error { return errors.Join(c.errs...) }

// message checks a message-bearing object; create is false for edits, where
// every field is optional.
func (c *checker) message(path string, v any, create bool) {
	m, ok := v.(map[string]any)
	if !ok {
		c.addf(path, "a message body is required, got %s", kindOf(v))
		return
	}
	content, _ := m["content"].(string)
	if n := utf8.RuneCountInString(content); n > maxContent {
		c.addf(path+"/content", "%d characters, limit %d", n, maxContent)
	}
	embeds, _ := m["embeds"].([]any)
	if len(embeds) > maxEmbeds {
		c.addf(path+"/embeds", "%d embeds, limit %d", len(embeds), maxEmbeds)
	}
	if n := embedChars(embeds); n > maxEmbedTotal {
		c.addf(path+"/embeds", "%d characters across all embeds (title, description, fields, footer, author), limit %d", n, maxEmbedTotal)
	}
	c.allowedMentions(path+"/allowed_mentions", m)
	components, _ := m["components"].([]any)
	flags, _ := asInt(m["flags"])
	if flags&flagComponentsV2 == 0 && len(components) > maxActionRows {
		c.addf(path+"/components", "%d action rows, limit %d", len(components), maxActionRows)
	}
	c.components(path+"/components", m["components"], 0)
	c.attachments(path+"/attachments", m["attachments"])
	if create || len(c.files) > 0 {
		// An edit without files may refer to attachments the message
		// already has.
		c.embedImages(path+"/embeds", embeds)
	}
	if create && len(c.files) == 0 && content == "" && len(embeds) == 0 && len(components) == 0 &&
		isEmpty(m["attachments"]) && isEmpty(m["sticker_ids"]) && isEmpty(m["poll"]) {
		c.addf(path, "empty message: no content, embeds, components, attachments, stickers or poll (Discord error 50006)")
	}
}

// allowedMentions insists on "parse": [] so that no text the bot quotes
// (a user's query, a document) can ping @everyone, a role or a user.
func (c *checker) allowedMentions(path string, m map[string]any) {
	am, present := m["allowed_mentions"]
	if !present {
		c.addf(path, `missing; must be {"parse":[]} so the message cannot ping anyone`)
		return
	}
	obj, ok := am.(map[string]any)
	if !ok {
		c.addf(path, `is %s; must be {"parse":[]}`, kindOf(am))
		return
	}
	parse, present := obj["parse"]
	if !present {
		c.addf(path+"/parse", `missing; must be [] (an empty array)`)
		return
	}
	list, ok := parse.([]any)
	if !ok {
		c.addf(path+"/parse", `is %s; must be [] (an empty array; discordgo needs Parse: []discordgo.AllowedMentionType{})`, kindOf(parse))
		return
	}
	if len(list) > 0 {
		c.addf(path+"/parse", "allows %v; must be [] (no mentions parsed)", list)
	}
}

func embedChars(embeds []any) int {
	n := 0
	count := func(v any) {
		s, _ := v.(string)
		n += utf8.RuneCountInString(s)
	}
	for _, e := range embeds {
		m := asObject(e)
		count(m["title"])
		count(m["description"])
		count(asObject(m["footer"])["text"])
		count(asObject(m["author"])["name"])
		fields, _ := m["fields"].([]any)
		for _, f := range fields {
			count(asObject(f)["name"])
			count(asObject(f)["value"])
		}
	}
	return n
}

// components walks a component tree (action rows, buttons, selects, text
// inputs and the newer layout components, which nest under "components" or
// "accessory").
func (c *checker) components(path string, v any, depth int) {
	list, _ := v.([]any)
	for i, x := range list {
		c.component(fmt.Sprintf("%s/%d", path, i), x, depth)
	}
}

func (c *checker) component(path string, v any, depth int) {
	m, ok := v.(map[string]any)
	if !ok || depth > 8 {
		return
	}
	typ, _ := asInt(m["type"])
	id, hasID := m["custom_id"].(string)
	if hasID {
		if n := utf8.RuneCountInString(id); n < 1 || n > maxCustomID {
			c.addf(path+"/custom_id", "%d characters, must be 1-%d", n, maxCustomID)
		}
	}
	switch typ {
	case componentButton:
		label, _ := m["label"].(string)
		if n := utf8.RuneCountInString(label); n > maxButtonLabel {
			c.addf(path+"/label", "%d characters, limit %d", n, maxButtonLabel)
		}
		style, _ := asInt(m["style"])
		url, _ := m["url"].(string)
		switch style {
		case buttonStyleLink:
			if url == "" {
				c.addf(path+"/url", "a link button (style 5) needs a url")
			}
			if hasID {
				c.addf(path+"/custom_id", "a link button (style 5) cannot have a custom_id")
			}
		case buttonStylePremium:
		default:
			if !hasID {
				c.addf(path+"/custom_id", "missing; a style %d button needs a custom_id of 1-%d characters", style, maxCustomID)
			}
		}
	case 3, 5, 6, 7, 8: // select menus
		if !hasID {
			c.addf(path+"/custom_id", "missing; a select menu needs a custom_id of 1-%d characters", maxCustomID)
		}
	}
	c.components(path+"/components", m["components"], depth+1)
	if acc, ok := m["accessory"]; ok {
		c.component(path+"/accessory", acc, depth+1)
	}
}

// choices checks an autocomplete result, whose string values Discord caps at
// 100 characters although the schema allows 6000.
func (c *checker) choices(path string, v any) {
	list, _ := v.([]any)
	if len(list) > maxChoices {
		c.addf(path, "%d choices, limit %d", len(list), maxChoices)
	}
	for i, x := range list {
		p := fmt.Sprintf("%s/%d", path, i)
		m := asObject(x)
		name, _ := m["name"].(string)
		if n := utf8.RuneCountInString(name); n < 1 || n > maxChoiceName {
			c.addf(p+"/name", "%d characters, must be 1-%d", n, maxChoiceName)
		}
		if s, ok := m["value"].(string); ok {
			if n := utf8.RuneCountInString(s); n > maxChoiceValue {
				c.addf(p+"/value", "%d characters, limit %d", n, maxChoiceValue)
			}
		}
	}
}

// commands checks a bulk-overwrite list for what Discord rejects beyond the
// schema: naming rules, empty descriptions, duplicate names, required options
// after optional ones and the 8000-character total.
func (c *checker) commands(v any) {
	list, _ := v.([]any)
	seen := map[string]bool{}
	for i, x := range list {
		p := fmt.Sprintf("/%d", i)
		m := asObject(x)
		typ, ok := asInt(m["type"])
		if !ok {
			typ = 1
		}
		name, _ := m["name"].(string)
		key := strconv.FormatInt(typ, 10) + "/" + name
		if seen[key] {
			c.addf(p+"/name", "duplicate command name %q", name)
		}
		seen[key] = true
		desc, _ := m["description"].(string)
		if typ == 1 {
			c.chatName(p+"/name", name)
			if n := utf8.RuneCountInString(desc); n < 1 || n > maxDescription {
				c.addf(p+"/description", "%d characters, must be 1-%d", n, maxDescription)
			}
		} else if desc != "" {
			c.addf(p+"/description", "must be empty for a type %d (context menu) command", typ)
		}
		total := utf8.RuneCountInString(name) + utf8.RuneCountInString(desc)
		total += c.options(p+"/options", m["options"])
		if total > maxCommandTotal {
			c.addf(p, "%d characters across name, description, options and choices, limit %d", total, maxCommandTotal)
		}
	}
}

// options checks one level of command options and returns the characters
// it counts toward the command's total.
func (c *checker) options(path string, v any) int {
	list, _ := v.([]any)
	if len(list) > maxOptions {
		c.addf(path, "%d options, limit %d", len(list), maxOptions)
	}
	total := 0
	seen := map[string]bool{}
	optional := false
	for i, x := range list {
		p := fmt.Sprintf("%s/%d", path, i)
		m := asObject(x)
		typ, _ := asInt(m["type"])
		name, _ := m["name"].(string)
		desc, _ := m["description"].(string)
		c.chatName(p+"/name", name)
		if seen[name] {
			c.addf(p+"/name", "duplicate option name %q", name)
		}
		seen[name] = true
		if n := utf8.RuneCountInString(desc); n < 1 || n > maxDescription {
			c.addf(p+"/description", "%d characters, must be 1-%d", n, maxDescription)
		}
		total += utf8.RuneCountInString(name) + utf8.RuneCountInString(desc)
		if required, _ := m["required"].(bool); required && optional {
			c.addf(p+"/required", "required option %q follows an optional one", name)
		} else if !required && typ > 2 {
			optional = true
		}
		choices, _ := m["choices"].([]any)
		if auto, _ := m["autocomplete"].(bool); auto && len(choices) > 0 {
			c.addf(p+"/autocomplete", "cannot be true when choices are set")
		}
		for j, ch := range choices {
			cm := asObject(ch)
			cname, _ := cm["name"].(string)
			total += utf8.RuneCountInString(cname)
			switch val := cm["value"].(type) {
			case string:
				total += utf8.RuneCountInString(val)
				if n := utf8.RuneCountInString(val); n > maxChoiceValue {
					c.addf(fmt.Sprintf("%s/choices/%d/value", p, j), "%d characters, limit %d", n, maxChoiceValue)
				}
			case json.Number:
				total += len(val.String())
			}
		}
		total += c.options(p+"/options", m["options"])
	}
	return total
}

func (c *checker) chatName(path, name string) {
	if !commandName.MatchString(name) {
		c.addf(path, "%q must be 1-%d letters, digits, '-' or '_'", name, maxCommandName)
	} else if strings.ToLower(name) != name {
		c.addf(path, "%q must be lower case", name)
	}
}

func asObject(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

func asInt(v any) (int64, bool) {
	n, ok := v.(json.Number)
	if !ok {
		return 0, false
	}
	i, err := n.Int64()
	return i, err == nil
}

func isEmpty(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case []any:
		return len(x) == 0
	}
	return false
}

func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case map[string]any:
		return "an object"
	case []any:
		return "an array"
	case string:
		return "a string"
	case bool:
		return "a boolean"
	case json.Number:
		return "a number"
	}
	return fmt.Sprintf("%T", v)
}
