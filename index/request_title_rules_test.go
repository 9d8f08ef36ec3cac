package index

import "testing"

// cropInsurancePaper says who asked for a pilot as "a request made by" a
// ministry of a country, dates a request and a decision on it still to
// come, launches a network beside a project that supports it, and names
// people by a one-word title before the name or by an apposition after
// the role asked. A ministry of Japan's shares the first words of the
// asking ministry's name.
func cropInsurancePaper() Source {
	return Source{Name: "crop-insurance.md", Text: paperHeader("Japan's Cooperation with ASEAN on Crop Insurance", "August 2018") + `1. Pilots

(1) Rice Insurance Pilot

The Rice Insurance Pilot (RIP) is a JICA technical cooperation project that insures rice farmers against drought. It was launched in response to a request made by the Ministry of Agriculture and Forestry of Lao PDR on 9 September 2015. Magway Region was added at the request of the Government of Myanmar in January 2018. Staff are trained in Tsukuba together with the Ministry of Agriculture, Forestry and Fisheries (MAFF).

(2) Livestock Insurance Project

On 22 May 2018, the Department of Agriculture of the Philippines requested Japan to extend the Livestock Insurance Project (LIP) to goats. Japan will decide on the Philippines' request to extend LIP after the mid-term review in December 2018.

2. ASEAN Risk Network

The ASEAN Risk Network (ARN) lets members share rainfall and yield data. Japan supports ARN through the Weather Data Project (WDP), a JICA project that started on 1 February 2016 in response to a request made by the Ministry of Natural Resources and Environment of Viet Nam. ARN was launched in Bangkok on 12 October 2015 by six founding members. The Second ARN Annual Meeting was held in Manila on 8 May 2018 and was chaired by Undersecretary Ramon C. Villanueva of the Department of Agriculture of the Philippines. ARN is co-chaired by Mr. Kenji Morioka, Director-General of the Insurance Bureau, and by a rotating ASEAN co-chair, at present Ms. Maria Lourdes Santiago, Undersecretary of the Department of Finance of the Philippines.
`}
}

func TestRequestsDatesAndTitledNames(t *testing.T) {
	ix := mustOpen(t, cropInsurancePaper())
	for _, c := range []struct{ q, want string }{
		// The asker after "a request made by", with the country its
		// ministry is of; not Myanmar, which asked for a region.
		{"who requested RIP", "Ministry of Agriculture and Forestry of Lao PDR"},
		// A body the documents name nowhere else, by its capitalised name.
		{"who requested WDP", "Ministry of Natural Resources and Environment of Viet Nam"},
		// The day of the request, not that of a decision still to come
		// after the paper's date.
		{"when did the philippines ask to extend LIP", "22 May 2018"},
		// The day the sentence says ARN was launched, not the day a
		// project that supports it started.
		{"when did ARN launch", "12 October 2015"},
		// A one-word title before the name is quoted with it, initial
		// and all.
		{"Who chaired the Second ARN Annual Meeting?", "Undersecretary Ramon C. Villanueva"},
		// The co-chair named by apposition, though her own title is
		// another and is of another body.
		{"who is the current ASEAN co-chair of ARN", "Ms. Maria Lourdes Santiago"},
	} {
		if a := ix.Answer(c.q); !a.Found || a.Span != c.want {
			t.Errorf("%s: %v %q, want %q (%s)", c.q, a.Found, a.Span, c.want, a.Text)
		}
	}
}
