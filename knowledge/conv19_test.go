package knowledge

import "testing"

// FeelingUntold: a page that says nothing of pain or how a treatment feels cannot answer whether it
// hurts; a question asking anything else is not its business.
func TestFeelingUntold(t *testing.T) {
	ix, err := Open(Default())
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	if !ix.FeelingUntold("botulinum-treatment", Words("طيب وبيوجع؟")) {
		t.Error("the page of botulinum treatments says nothing of pain: want untold")
	}
	if ix.FeelingUntold("botulinum-treatment", Words("وكم يدوم؟")) {
		t.Error("how long it lasts is no question of feeling")
	}
	if !ix.FeelingUntold("botox-medical-uses", Words("طيب وبيوجع؟")) {
		t.Error("the medical uses page names pain only as what the treatment eases («يقلل الألم»): want untold")
	}
}
