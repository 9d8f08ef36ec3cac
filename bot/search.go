package bot

import (
	"context"
	"errors"

	"github.com/iaibot/iaibot/index"
)

// searchView is one page of full-text search results.
type searchView struct {
	query string // as the index cleaned it, which is what the buttons repeat
	page  int    // from 1
	pages int
	total int // passages that match, on every page
	hits  []index.Hit
}

// handleSearch answers /iai search: the ranked passages that contain the
// query's words, a page at a time. The paging buttons come back here too,
// with the query and the page as options.
func handleSearch(_ context.Context, b *Bot, args Args) (Reply, error) {
	page := args.page()
	res, err := b.ix.Search(args["query"], page)
	if errors.Is(err, index.ErrEmptyQuery) {
		return Reply{}, userErrorf("Nothing to search for", "Type some words to look for, e.g. `/iai search query:HIV`.")
	}
	if err != nil {
		return Reply{}, err
	}
	if res.Total > 0 && page > res.Pages {
		return Reply{}, userErrorf("No such page", "That search has %s of results.", plural(res.Pages, "page"))
	}
	return renderSearch(searchView{query: res.Query, page: page, pages: res.Pages, total: res.Total, hits: res.Hits}), nil
}
