package bot

import (
	"testing"

	"github.com/faqbot/faqbot/knowledge"
)

// A condition before or after how it is treated leaves the question asking nothing but that; a
// condition alone asks no treatment.
func TestAsksTreatmentUnderCondition(t *testing.T) {
	for q, want := range map[string]bool{
		"وإذا طلع عندي، شو العلاج؟":                            true,
		"ولو طلع عنده وش العلاج؟":                              true,
		"what treatments are there if it's all over his body?": true,
		"واذا صارت شديدة مرة؟":                                 false,
		"وش العلاج بالليزر؟":                                   false,
	} {
		if got := asksTreatment(knowledge.Words(q)); got != want {
			t.Errorf("asksTreatment(%q) = %v, want %v", q, got, want)
		}
	}
}
