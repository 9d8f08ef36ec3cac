package index

import (
	"sort"
	"strings"
	"sync"
)

// The gazetteer is general geography: country names and their common aliases,
// well-known groupings, and cities and provinces with the country they are in.
// It holds nothing about any one document; facts come from the text.

// countryInfo is a gazetteer country.
type countryInfo struct {
	name    string   // canonical English short name
	aliases []string // other names and romanisations, matched case-insensitively
	asean   bool
}

var gazCountries = []countryInfo{
	{name: "Brunei", aliases: []string{"Bruneian", "Brunei Darussalam", "Negara Brunei Darussalam"}, asean: true},
	{name: "Cambodia", aliases: []string{"Cambodian", "Kingdom of Cambodia", "Kampuchea", "Khmer Republic"}, asean: true},
	{name: "Indonesia", aliases: []string{"Indonesian", "Republic of Indonesia"}, asean: true},
	{name: "Laos", aliases: []string{"Laotian", "Lao PDR", "Lao P.D.R.", "Lao P.D.R", "Lao People's Democratic Republic", "Lao"}, asean: true},
	{name: "Malaysia", aliases: []string{"Malaysian", "Federation of Malaysia"}, asean: true},
	{name: "Myanmar", aliases: []string{"Burmese", "Burma", "Union of Myanmar", "Republic of the Union of Myanmar"}, asean: true},
	{name: "Philippines", aliases: []string{"Filipino", "the Philippines", "Republic of the Philippines", "Philippine"}, asean: true},
	{name: "Singapore", aliases: []string{"Singaporean", "Republic of Singapore"}, asean: true},
	{name: "Thailand", aliases: []string{"Thai", "Kingdom of Thailand", "Siam"}, asean: true},
	{name: "Vietnam", aliases: []string{"Viet Nam", "Socialist Republic of Vietnam", "Socialist Republic of Viet Nam", "Vietnamese"}, asean: true},
	{name: "Japan", aliases: []string{"Japanese", "Nippon", "Nihon"}},
	{name: "Timor-Leste", aliases: []string{"Timorese", "East Timor", "Timor Leste", "Democratic Republic of Timor-Leste"}},
	{name: "China", aliases: []string{"People's Republic of China", "PRC"}},
	{name: "South Korea", aliases: []string{"Korea", "Republic of Korea", "ROK"}},
	{name: "North Korea", aliases: []string{"Democratic People's Republic of Korea", "DPRK"}},
	{name: "Taiwan"},
	{name: "Mongolia"},
	{name: "India", aliases: []string{"Republic of India"}},
	{name: "Bangladesh"},
	{name: "Bhutan"},
	{name: "Nepal"},
	{name: "Pakistan"},
	{name: "Sri Lanka", aliases: []string{"Ceylon"}},
	{name: "Maldives"},
	{name: "Afghanistan"},
	{name: "Papua New Guinea", aliases: []string{"PNG"}},
	{name: "Australia"},
	{name: "New Zealand"},
	{name: "Fiji"},
	{name: "United States", aliases: []string{"United States of America", "USA", "America"}},
	{name: "Canada"},
	{name: "Mexico"},
	{name: "Brazil"},
	{name: "United Kingdom", aliases: []string{"UK", "Britain", "Great Britain"}},
	{name: "France"},
	{name: "Germany"},
	{name: "Italy"},
	{name: "Spain"},
	{name: "Netherlands", aliases: []string{"Holland"}},
	{name: "Sweden"},
	{name: "Norway"},
	{name: "Russia", aliases: []string{"Russian Federation"}},
	{name: "Egypt"},
	{name: "South Africa"},
	{name: "Kenya"},
	{name: "Nigeria"},
	{name: "Saudi Arabia"},
	{name: "Iran"},
	{name: "Iraq"},
	{name: "Israel"},
	{name: "Turkey", aliases: []string{"Türkiye"}},
}

// gazGroups are widely used country groupings. Documents may define more;
// see learnGroups.
var gazGroups = []struct {
	name    string
	aliases []string
	members []string
}{
	{name: "ASEAN", aliases: []string{"Association of Southeast Asian Nations", "Association of South-East Asian Nations"},
		members: []string{"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam"}},
	{name: "CLMV", aliases: []string{"CLMV countries", "new member countries", "new members", "ASEAN new member countries", "new ASEAN members", "new ASEAN member countries"},
		members: []string{"Cambodia", "Laos", "Myanmar", "Vietnam"}},
	{name: "ASEAN-6", aliases: []string{"original ASEAN members", "ASEAN6"},
		members: []string{"Brunei", "Indonesia", "Malaysia", "Philippines", "Singapore", "Thailand"}},
	{name: "Indochina", aliases: []string{"Indochina countries", "Indochinese countries", "Indo-China"},
		members: []string{"Cambodia", "Laos", "Vietnam"}},
	{name: "ASEAN+3", aliases: []string{"ASEAN Plus Three", "APT"},
		members: []string{"Brunei", "Cambodia", "Indonesia", "Laos", "Malaysia", "Myanmar", "Philippines", "Singapore", "Thailand", "Vietnam", "China", "Japan", "South Korea"}},
}

// gazPlace is a city, province or landmark and its country.
type gazPlace struct {
	name    string
	country string
	aliases []string
}

var gazPlaces = []gazPlace{
	{"Phnom Penh", "Cambodia", []string{"Phnom-Penh"}},
	{"Siem Reap", "Cambodia", nil},
	{"Battambang", "Cambodia", nil},
	{"Sihanoukville", "Cambodia", []string{"Kampong Som"}},
	{"Kampot", "Cambodia", nil},
	{"Poipet", "Cambodia", nil},
	{"Vientiane", "Laos", []string{"Viangchan"}},
	{"Luang Prabang", "Laos", []string{"Louangphabang"}},
	{"Savannakhet", "Laos", nil},
	{"Pakse", "Laos", []string{"Pakxe"}},
	{"Yangon", "Myanmar", []string{"Rangoon"}},
	{"Mandalay", "Myanmar", nil},
	{"Naypyidaw", "Myanmar", []string{"Nay Pyi Taw", "Naypyitaw"}},
	{"Mawlamyine", "Myanmar", []string{"Moulmein", "Mawlamyaing", "Mawlamyin"}},
	{"Myawaddy", "Myanmar", nil},
	{"Dawei", "Myanmar", []string{"Tavoy"}},
	{"Hanoi", "Vietnam", []string{"Ha Noi"}},
	{"Ho Chi Minh City", "Vietnam", []string{"Saigon", "HCMC", "Sai Gon"}},
	{"Da Nang", "Vietnam", []string{"Danang", "Tourane"}},
	{"Hue", "Vietnam", nil},
	{"Haiphong", "Vietnam", []string{"Hai Phong"}},
	{"Can Tho", "Vietnam", nil},
	{"Lao Bao", "Vietnam", nil},
	{"Bangkok", "Thailand", []string{"Krung Thep"}},
	{"Chiang Mai", "Thailand", []string{"Chiangmai"}},
	{"Chiang Rai", "Thailand", nil},
	{"Mukdahan", "Thailand", nil},
	{"Khon Kaen", "Thailand", nil},
	{"Phitsanulok", "Thailand", nil},
	{"Mae Sot", "Thailand", nil},
	{"Nakhon Phanom", "Thailand", nil},
	{"Phuket", "Thailand", nil},
	{"Jakarta", "Indonesia", []string{"Djakarta", "Batavia"}},
	{"Surabaya", "Indonesia", []string{"Soerabaja"}},
	{"Yogyakarta", "Indonesia", []string{"Jogjakarta", "Jogja", "Yogya"}},
	{"Bandung", "Indonesia", nil},
	{"Medan", "Indonesia", nil},
	{"Makassar", "Indonesia", []string{"Ujung Pandang"}},
	{"Bali", "Indonesia", nil},
	{"Aceh", "Indonesia", nil},
	{"Kuala Lumpur", "Malaysia", []string{"KL"}},
	{"Penang", "Malaysia", []string{"George Town", "Pulau Pinang"}},
	{"Kota Kinabalu", "Malaysia", []string{"Jesselton"}},
	{"Johor Bahru", "Malaysia", []string{"Johor Baru"}},
	{"Kuching", "Malaysia", nil},
	{"Sabah", "Malaysia", nil},
	{"Sarawak", "Malaysia", nil},
	{"Manila", "Philippines", []string{"Metro Manila"}},
	{"Cebu", "Philippines", []string{"Cebu City"}},
	{"Davao", "Philippines", []string{"Davao City"}},
	{"Mindanao", "Philippines", nil},
	{"Luzon", "Philippines", nil},
	{"Bandar Seri Begawan", "Brunei", nil},
	{"Dili", "Timor-Leste", nil},
	{"Tokyo", "Japan", nil},
	{"Osaka", "Japan", nil},
	{"Kyoto", "Japan", nil},
	{"Okinawa", "Japan", nil},
	{"Hiroshima", "Japan", nil},
	{"Beijing", "China", []string{"Peking"}},
	{"Kunming", "China", nil},
	{"Seoul", "South Korea", nil},
}

// gazAcronyms are general-purpose abbreviations, used only when a document
// uses one without spelling it out.
var gazAcronyms = map[string]string{
	"ICT":  "Information and Communication Technology",
	"IT":   "Information Technology",
	"HRD":  "Human Resource Development",
	"ODA":  "Official Development Assistance",
	"NGO":  "Non-Governmental Organization",
	"UN":   "United Nations",
	"GDP":  "Gross Domestic Product",
	"FDI":  "Foreign Direct Investment",
	"SME":  "Small and Medium Enterprise",
	"SMEs": "Small and Medium Enterprises",
	"MFA":  "Ministry of Foreign Affairs",
	"FY":   "Fiscal Year",
}

// gazetteer is the compiled lookup over the tables above.
type gazetteer struct {
	countryByAlias map[string]string   // folded alias -> canonical country
	groupByAlias   map[string]string   // folded alias -> canonical group
	groupMembers   map[string][]string // canonical group -> members
	placeByAlias   map[string]gazPlace // folded alias -> place
	asean          map[string]bool
	countryNames   []string // canonical, sorted

	mu         sync.Mutex
	placeCache map[string]placeResult // folded text -> lookupPlace result
}

var gaz = buildGazetteer()

func buildGazetteer() *gazetteer {
	g := &gazetteer{
		countryByAlias: map[string]string{},
		groupByAlias:   map[string]string{},
		groupMembers:   map[string][]string{},
		placeByAlias:   map[string]gazPlace{},
		asean:          map[string]bool{},
		placeCache:     map[string]placeResult{},
	}
	for _, c := range gazCountries {
		g.countryByAlias[fold(c.name)] = c.name
		for _, a := range c.aliases {
			g.countryByAlias[fold(a)] = c.name
		}
		if c.asean {
			g.asean[c.name] = true
		}
		g.countryNames = append(g.countryNames, c.name)
	}
	sort.Strings(g.countryNames)
	for _, gr := range gazGroups {
		g.groupByAlias[fold(gr.name)] = gr.name
		for _, a := range gr.aliases {
			g.groupByAlias[fold(a)] = gr.name
		}
		g.groupMembers[gr.name] = gr.members
	}
	for _, p := range gazPlaces {
		g.placeByAlias[fold(p.name)] = p
		for _, a := range p.aliases {
			g.placeByAlias[fold(a)] = p
		}
	}
	return g
}

// fold normalises a name for lookup: lower case, dots dropped, hyphens and
// runs of space made one space, a leading "the" removed.
func fold(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	s = foldReplacer.Replace(s)
	s = strings.Join(strings.Fields(s), " ")
	s = strings.TrimPrefix(s, "the ")
	return s
}

var foldReplacer = strings.NewReplacer(".", "", "-", " ", "\u2013", " ", "’", "'")

// lookupPlace finds a place by exact alias or, for longer names, by a small
// edit distance, which absorbs misspellings such as "Phnom Phen".
func (g *gazetteer) lookupPlace(s string) (gazPlace, bool) {
	f := fold(s)
	// Fuzzy lookups are the costly part of extraction and the same
	// capitalised phrases recur, so results are remembered.
	g.mu.Lock()
	r, ok := g.placeCache[f]
	g.mu.Unlock()
	if ok {
		return r.place, r.ok
	}
	p, found := g.lookupPlaceUncached(f)
	g.mu.Lock()
	if len(g.placeCache) > 100_000 {
		clear(g.placeCache)
	}
	g.placeCache[f] = placeResult{p, found}
	g.mu.Unlock()
	return p, found
}

type placeResult struct {
	place gazPlace
	ok    bool
}

func (g *gazetteer) lookupPlaceUncached(f string) (gazPlace, bool) {
	if p, ok := g.placeByAlias[f]; ok {
		return p, true
	}
	if len(f) < 7 {
		return gazPlace{}, false
	}
	best, bestD := gazPlace{}, 3
	for alias, p := range g.placeByAlias {
		if abs(len(alias)-len(f)) >= bestD || len(alias) < 7 {
			continue
		}
		if d := editDistance(alias, f, bestD); d < bestD {
			best, bestD = p, d
		}
	}
	return best, bestD <= 2
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// editDistance is the optimal-string-alignment distance between a and b,
// giving up with max once it cannot be smaller.
func editDistance(a, b string, max int) int {
	ra, rb := []rune(a), []rune(b)
	if abs(len(ra)-len(rb)) >= max {
		return max
	}
	prev2 := make([]int, len(rb)+1)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin >= max {
			return max
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(rb)], max)
}
