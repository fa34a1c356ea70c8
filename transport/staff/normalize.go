package staff

import (
	"strings"
	"unicode"
)

// Normalize folds a question so that spellings of the same words compare equal, with the rules the
// eval cases use: Arabic diacritics and tatweel removed; آ أ إ ٱ → ا, ى → ي, ة → ه; the Arabic comma
// → ","; lower case; runs of white space folded to one space and trimmed. Unanswered questions are
// grouped by it and the console's text search matches with it.
func Normalize(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case isArabicMark(r):
			continue
		case unicode.IsSpace(r):
			space = b.Len() > 0
			continue
		}
		switch r {
		case 'آ', 'أ', 'إ', 'ٱ':
			r = 'ا'
		case 'ى':
			r = 'ي'
		case 'ة':
			r = 'ه'
		case '،':
			r = ','
		default:
			r = unicode.ToLower(r)
		}
		if space {
			b.WriteByte(' ')
			space = false
		}
		b.WriteRune(r)
	}
	return b.String()
}

// isArabicMark reports the diacritics (harakat, Quranic marks) and tatweel, which change no word.
func isArabicMark(r rune) bool {
	return (r >= 0x0610 && r <= 0x061A) || (r >= 0x064B && r <= 0x065F) || r == 0x0670 ||
		(r >= 0x06D6 && r <= 0x06ED) || r == 0x0640
}

// MaskPatient hides the middle of a patient's channel address (a WhatsApp number) so lists and
// exports never show it in full: "966501234567" → "9665•••••567". Short addresses keep only their
// last two characters; an empty address (a web visitor) stays empty.
func MaskPatient(p string) string {
	r := []rune(p)
	switch {
	case len(r) == 0:
		return ""
	case len(r) <= 6:
		if len(r) <= 2 {
			return strings.Repeat("•", len(r))
		}
		return strings.Repeat("•", len(r)-2) + string(r[len(r)-2:])
	}
	return string(r[:4]) + strings.Repeat("•", len(r)-7) + string(r[len(r)-3:])
}
