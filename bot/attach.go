package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"

	"github.com/bwmarrin/discordgo"
)

// This file is how a reply's files reach Discord. A message carries files
// as multipart/form-data: the message as JSON in a payload_json part, each
// file in a files[n] part, and in the message an attachments array that
// names each upload by n. discordgo sends the parts but cannot write that
// array without fields Discord has no use for (its MessageAttachment has
// no omitempty), so the JSON is written here and sent through discordgo's
// REST client. An HTTP interaction response cannot carry files at all:
// the endpoint defers and attaches them with the edit.

// DefaultAttachmentLimit is the largest file a reply carries when
// Discord does not say (the interaction's attachment_size_limit): 10 MiB,
// Discord's limit for a bot in a guild without boosts.
const DefaultAttachmentLimit = 10 << 20

// attachmentRef names one upload in a message's attachments array; its
// id is the n of the files[n] part that carries it.
type attachmentRef struct {
	ID       string `json:"id"`
	Filename string `json:"filename"`
}

func attachmentRefs(files []*discordgo.File) []attachmentRef {
	refs := make([]attachmentRef, len(files))
	for i, f := range files {
		refs[i] = attachmentRef{ID: strconv.Itoa(i), Filename: f.Name}
	}
	return refs
}

// hasFiles reports whether resp carries files.
func hasFiles(resp *discordgo.InteractionResponse) bool {
	return resp != nil && resp.Data != nil && len(resp.Data.Files) > 0
}

// The bodies that carry files: discordgo's, with the attachments array.
// A field of the outer struct hides the embedded one of the same name
// from encoding/json.
type (
	dataWithFiles struct {
		*discordgo.InteractionResponseData
		Attachments []attachmentRef `json:"attachments"`
	}
	callbackWithFiles struct {
		Type discordgo.InteractionResponseType `json:"type"`
		Data dataWithFiles                     `json:"data"`
	}
	editWithFiles struct {
		*discordgo.WebhookEdit
		Attachments []attachmentRef `json:"attachments"`
	}
	followupWithFiles struct {
		*discordgo.WebhookParams
		Attachments []attachmentRef `json:"attachments"`
	}
)

// callbackPayload is the JSON body of the callback for resp: resp itself,
// or with files, the payload_json that names them.
func callbackPayload(resp *discordgo.InteractionResponse) any {
	if !hasFiles(resp) {
		return resp
	}
	return callbackWithFiles{Type: resp.Type, Data: dataWithFiles{resp.Data, attachmentRefs(resp.Data.Files)}}
}

// respond sends resp as the interaction's first response.
func respond(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, resp *discordgo.InteractionResponse) error {
	if !hasFiles(resp) {
		return s.InteractionRespond(i, resp, discordgo.WithContext(ctx))
	}
	endpoint := discordgo.EndpointInteractionResponse(i.ID, i.Token)
	return sendFiles(ctx, s, http.MethodPost, endpoint, endpoint, callbackPayload(resp), resp.Data.Files)
}

// editOriginal replaces the interaction's response with e and files.
func editOriginal(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, e *discordgo.WebhookEdit, files []*discordgo.File) error {
	if len(files) == 0 {
		_, err := s.InteractionResponseEdit(i, e, discordgo.WithContext(ctx))
		return err
	}
	endpoint := discordgo.EndpointWebhookMessage(i.AppID, i.Token, "@original")
	return sendFiles(ctx, s, http.MethodPatch, endpoint, endpoint, editWithFiles{e, attachmentRefs(files)}, files)
}

// followUp sends p and files as a follow-up message of the interaction.
func followUp(ctx context.Context, s *discordgo.Session, i *discordgo.Interaction, p *discordgo.WebhookParams, files []*discordgo.File) error {
	if len(files) == 0 {
		_, err := s.FollowupMessageCreate(i, true, p, discordgo.WithContext(ctx))
		return err
	}
	bucket := discordgo.EndpointWebhookToken(i.AppID, i.Token)
	return sendFiles(ctx, s, http.MethodPost, bucket+"?wait=true", bucket, followupWithFiles{p, attachmentRefs(files)}, files)
}

// sendFiles sends payload and files as one multipart request. The files'
// readers are read once here; discordgo retries a rate-limited request
// from the body built.
func sendFiles(ctx context.Context, s *discordgo.Session, method, url, bucket string, payload any, files []*discordgo.File) error {
	contentType, body, err := discordgo.MultipartBodyWithJSON(payload, files)
	if err != nil {
		return fmt.Errorf("encode files: %w", err)
	}
	_, err = s.RequestRaw(method, url, contentType, body, bucket, 0, discordgo.WithContext(ctx))
	return err
}

// discordFiles are a reply's files as discordgo sends them, each with a
// reader of its own.
func discordFiles(files []Attachment) []*discordgo.File {
	if len(files) == 0 {
		return nil
	}
	out := make([]*discordgo.File, len(files))
	for i, f := range files {
		out[i] = &discordgo.File{Name: f.Name, ContentType: f.ContentType, Reader: bytes.NewReader(f.Data)}
	}
	return out
}

type attachmentLimitKey struct{}

// withAttachmentLimit records the attachment_size_limit an interaction
// came with, for the handlers that attach files; 0 leaves the default.
func withAttachmentLimit(ctx context.Context, n int64) context.Context {
	if n <= 0 {
		return ctx
	}
	return context.WithValue(ctx, attachmentLimitKey{}, n)
}

// attachmentLimit is the largest file the reply computed under ctx may
// carry: what Discord said the interaction allows, or
// DefaultAttachmentLimit.
func attachmentLimit(ctx context.Context) int64 {
	if n, ok := ctx.Value(attachmentLimitKey{}).(int64); ok {
		return n
	}
	return DefaultAttachmentLimit
}

// readAttachmentLimit reads attachment_size_limit from an interaction as
// Discord sent it; discordgo v0.29.0's Interaction has no field for it.
// It is 0 when absent or not a positive whole number.
func readAttachmentLimit(raw []byte) int64 {
	var v struct {
		Limit json.Number `json:"attachment_size_limit"`
	}
	if json.Unmarshal(raw, &v) != nil {
		return 0
	}
	n, err := v.Limit.Int64()
	if err != nil || n <= 0 {
		return 0
	}
	return n
}
