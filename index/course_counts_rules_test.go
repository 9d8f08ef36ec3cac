package index

import (
	"strings"
	"testing"
)

// coursePaper counts the people of a course by another name, vehicles by
// a word chat shortens, and trainees from several countries together.
func coursePaper() Source {
	return Source{Name: "course.md", Text: paperHeader("Japan's Cooperation with ASEAN on Clean Transport", "November 2022") + `1. Training

(1) Fleet Managers Course (FMC)

JICA has run the Fleet Managers Course (FMC) in Yokohama every year since FY2016. By the end of FY2021, 96 officials from seven ASEAN countries had completed the course, of whom 41 were women.

(2) Regional Course

Under a Regional Transport Course (RTC) planned for FY2023, 36 transport officials from Cambodia, Laos and Myanmar will spend two weeks in Japan.

2. Vehicles

The ODA loan for the Cebu Electric Bus Project (CEBP) will finance 220 battery-electric buses and two depots. By the end of September 2022, 900 electric motorcycles had been placed with riders in Da Nang, of which 410 run on swappable batteries.
`}
}

// "How many trainees" counts the officials who completed a course; "of
// the trainees" asks the part among them; "e-buses" are electric buses
// and "bikes" motorcycles.
func TestCountsByAnotherName(t *testing.T) {
	ix := mustOpen(t, coursePaper())
	for q, want := range map[string]string{
		"how many of the fmc trainees were women":           "41",
		"how many trainees has the fmc had":                 "96",
		"how many e-buses will the cebp loan pay for":       "220",
		"how many of the bikes have swappable batteries":    "410",
		"how many bikes had been placed with riders by sep": "900",
	} {
		if a := ix.Answer(q); !a.Found || !strings.HasPrefix(a.Span, want) {
			t.Errorf("%q: %v %q (%s), want %s", q, a.Found, a.Span, a.Text, want)
		}
	}
}

// Officials from three countries together are not how many come from one
// of them.
func TestCountFromSeveralCountriesIsNoOnesPart(t *testing.T) {
	ix := mustOpen(t, coursePaper())
	expectRefused(t, ix, "how many trainees are coming from myanmar to the rtc")
}
