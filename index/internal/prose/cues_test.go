package prose

import "testing"

// Excludes agrees with ExclusionRE, whose cheap first test it is.
func TestExcludes(t *testing.T) {
	for _, s := range []string{
		"while Singapore is expressly excluded",
		"Excluding Thailand, the grant covers",
		"Cambodia was not included in this release",
		"Thailand is not a recipient of these loans",
		"EXCLUDED",
		"Japan provided US$2 million to Laos",
		"other than Brunei",
		"",
	} {
		if got, want := Excludes(s), ExclusionRE.MatchString(s); got != want {
			t.Errorf("Excludes(%q) = %v, ExclusionRE says %v", s, got, want)
		}
	}
}
