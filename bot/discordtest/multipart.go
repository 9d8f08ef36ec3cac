package discordtest

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"
)

// This file reads request bodies as Discord does: JSON, or
// multipart/form-data with the message in a payload_json part and each
// file in a files[n] part, which is how a message carries attachments.
// It refuses a malformed form before the message is looked at, and checks
// each file's size against the limit the interaction advertised.

// DefaultAttachmentSizeLimit is the attachment_size_limit the fake sends
// with every interaction unless [WithAttachmentSizeLimit] says otherwise:
// 10 MiB, Discord's limit for a bot in a guild without boosts.
const DefaultAttachmentSizeLimit = 10 << 20

// maxFiles is how many files one message may carry: files[0] to files[9].
const maxFiles = 10

// File is one file a request carried: a files[n] part of a multipart body.
type File struct {
	Index       int    // n of files[n]; the attachments array refers to it as id "n"
	Name        string // the part's filename
	ContentType string // as the part declares it
	Data        []byte
}

// formError is a body Discord refuses as a whole, with the status and
// code it answers: 400 50035 for a malformed form, 413 40005 for a file
// over the size limit.
type formError struct {
	status, code int
	message      string
	err          error
}

func (e *formError) Error() string { return e.err.Error() }
func (e *formError) Unwrap() error { return e.err }

func malformed(format string, args ...any) error {
	return &formError{http.StatusBadRequest, 50035, "Invalid Form Body", fmt.Errorf(format, args...)}
}

// requestBody is a request's body as Discord reads it.
type requestBody struct {
	json  []byte // the body, or its payload_json part
	files []File // in the order of the parts
}

// filePart is the name of a file's form field.
var filePart = regexp.MustCompile(`^files\[([0-9])\]$`)

// readBody takes a body apart by its Content-Type. A multipart body must
// have one payload_json part (JSON) and otherwise only files[n] parts, n
// from 0 to 9 and each once, with a filename and a content type.
func readBody(contentType string, raw []byte) (requestBody, error) {
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return requestBody{}, malformed("Content-Type %q: %v", contentType, err)
	}
	switch mt {
	case "application/json":
		return requestBody{json: raw}, nil
	case "multipart/form-data":
	default:
		return requestBody{}, malformed("Content-Type %q; Discord takes JSON or multipart/form-data", contentType)
	}
	if params["boundary"] == "" {
		return requestBody{}, malformed("multipart/form-data without a boundary")
	}
	var b requestBody
	seen := map[int]bool{}
	mr := multipart.NewReader(bytes.NewReader(raw), params["boundary"])
	for {
		part, err := mr.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			return requestBody{}, malformed("multipart body: %v", err)
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return requestBody{}, malformed("multipart part %q: %v", part.FormName(), err)
		}
		name := part.FormName()
		if name == "payload_json" {
			if b.json != nil {
				return requestBody{}, malformed("two payload_json parts")
			}
			if ct := part.Header.Get("Content-Type"); ct != "" {
				if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
					return requestBody{}, malformed("payload_json has Content-Type %q, want application/json", ct)
				}
			}
			b.json = data
			continue
		}
		m := filePart.FindStringSubmatch(name)
		if m == nil {
			return requestBody{}, malformed("part %q: Discord takes payload_json and files[0] to files[%d]", name, maxFiles-1)
		}
		n, _ := strconv.Atoi(m[1])
		if seen[n] {
			return requestBody{}, malformed("two %s parts", name)
		}
		seen[n] = true
		f := File{Index: n, Name: part.FileName(), ContentType: part.Header.Get("Content-Type"), Data: data}
		if f.Name == "" {
			return requestBody{}, malformed("%s has no filename", name)
		}
		if err := checkContent(f); err != nil {
			return requestBody{}, malformed("%s (%s): %v", name, f.Name, err)
		}
		b.files = append(b.files, f)
	}
	if b.json == nil {
		return requestBody{}, malformed("multipart body without payload_json")
	}
	return b, nil
}

// knownTypes are the media types of the file extensions the bot sends.
// The fake keeps its own table because mime.TypeByExtension reads the
// machine's, which differs from one machine to the next.
var knownTypes = map[string]string{
	".png":  "image/png",
	".csv":  "text/csv",
	".json": "application/json",
	".txt":  "text/plain",
}

// checkContent checks that a file says what it is and is what it says:
// its Content-Type parses and fits its extension, a PNG has the PNG
// signature, JSON parses and text is UTF-8. Discord itself sniffs a
// mislabelled file rather than refusing it, but a client then shows it
// wrongly, so the fake holds the bot to the label.
func checkContent(f File) error {
	if f.ContentType == "" {
		return errors.New("no Content-Type")
	}
	mt, _, err := mime.ParseMediaType(f.ContentType)
	if err != nil {
		return fmt.Errorf("Content-Type %q: %v", f.ContentType, err)
	}
	if want, ok := knownTypes[strings.ToLower(path.Ext(f.Name))]; ok && mt != want {
		return fmt.Errorf("Content-Type %q for a %s file, want %s", f.ContentType, path.Ext(f.Name), want)
	}
	switch {
	case mt == "image/png":
		if !bytes.HasPrefix(f.Data, []byte("\x89PNG\r\n\x1a\n")) {
			return errors.New("declared image/png but is not a PNG")
		}
	case mt == "application/json":
		if !json.Valid(f.Data) {
			return errors.New("declared application/json but is not JSON")
		}
	case strings.HasPrefix(mt, "text/"):
		if !utf8.Valid(f.Data) {
			return fmt.Errorf("declared %s but is not UTF-8", mt)
		}
	}
	return nil
}

// checkSizes refuses a body whose files Discord would not take: any file
// over limit bytes, which Discord answers with 413 and code 40005.
func checkSizes(files []File, limit int64) error {
	for _, f := range files {
		if int64(len(f.Data)) > limit {
			return &formError{http.StatusRequestEntityTooLarge, 40005, "Request entity too large",
				fmt.Errorf("files[%d] (%s) is %d bytes, over the attachment_size_limit of %d", f.Index, f.Name, len(f.Data), limit)}
		}
	}
	return nil
}

// attachments checks a message's attachments array against the files
// that came with it: each id below 10 must name a files[n] part, once,
// and a larger one keeps an attachment the message already has. Without
// an array Discord attaches every file as it is named; with one, the
// fake wants every file in it, since a list that leaves one out is how a
// file ends up renamed or dropped.
func (c *checker) attachments(path string, v any) {
	list, present := v.([]any)
	files := map[int]File{}
	for _, f := range c.files {
		files[f.Index] = f
	}
	listed := map[int]bool{}
	for i, x := range list {
		p := fmt.Sprintf("%s/%d", path, i)
		m := asObject(x)
		id, _ := m["id"].(string)
		n, err := strconv.ParseUint(id, 10, 64)
		if err != nil || n >= maxFiles {
			continue // a kept attachment's snowflake; the schema checked its form
		}
		f, ok := files[int(n)]
		switch {
		case !ok:
			c.addf(p+"/id", "%q names files[%d], which the request does not carry", id, n)
		case listed[int(n)]:
			c.addf(p+"/id", "files[%d] is listed twice", n)
		default:
			if name, ok := m["filename"].(string); ok && name != f.Name {
				c.addf(p+"/filename", "%q, but files[%d] is %q: an embed's attachment://%s would name neither", name, n, f.Name, f.Name)
			}
		}
		listed[int(n)] = true
	}
	for _, f := range c.files {
		if present && !listed[f.Index] {
			c.addf(path, "does not list files[%d] (%s); list each upload as {\"id\":\"%d\",\"filename\":...}", f.Index, f.Name, f.Index)
		}
	}
}

// embedImages checks that each embed image or thumbnail given as
// attachment://NAME names a file of the message: Discord shows no image
// for one that does not, without an error.
func (c *checker) embedImages(path string, embeds []any) {
	names := map[string]bool{}
	for _, f := range c.files {
		names[f.Name] = true
	}
	for i, e := range embeds {
		for _, key := range []string{"image", "thumbnail"} {
			url, _ := asObject(asObject(e)[key])["url"].(string)
			name, ok := strings.CutPrefix(url, "attachment://")
			if ok && !names[name] {
				c.addf(fmt.Sprintf("%s/%d/%s/url", path, i, key), "%q names no file of the message", url)
			}
		}
	}
}
