package bot_test

import (
	"fmt"

	"github.com/frontdoor-health/frontdoor/bot"
)

func ExampleSplitText() {
	for _, part := range bot.SplitText("اشرب الماء كل ساعة. ابقَ في الظل؟ اتصل بنا إن ساءت حالتك.", 24) {
		fmt.Println(part)
	}
	// Output:
	// اشرب الماء كل ساعة.
	// ابقَ في الظل؟
	// اتصل بنا إن ساءت حالتك.
}
