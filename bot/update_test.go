package bot

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/go-telegram/bot/models"
)

// updateSamples are updates as Telegram sends them, in every shape the
// worker reads, and some it must refuse as the library does.
var updateSamples = []struct{ name, json string }{
	{"typed arabic", `{"update_id":1,"message":{"message_id":10,"date":1733500000,"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"سارة","language_code":"ar"},"text":"عندي ألم في الصدر"}}`},
	{"press on a question", `{"update_id":2,"callback_query":{"id":"cb1","from":{"id":7,"is_bot":false,"first_name":"Sara","language_code":"en"},"chat_instance":"ci","data":"47g54:t:a:yes","message":{"message_id":11,"date":1733500001,"chat":{"id":7,"type":"private"},"from":{"id":99,"is_bot":true,"first_name":"Frontdoor"},"text":"Is there chest pain now?","reply_markup":{"inline_keyboard":[[{"text":"Yes","callback_data":"47g54:t:a:yes"}],[{"text":"No","callback_data":"47g54:t:a:no"}]]}}}}`},
	{"press on an inaccessible message", `{"update_id":3,"callback_query":{"id":"cb2","from":{"id":8,"is_bot":false,"first_name":"Ali"},"chat_instance":"ci","data":"x","message":{"message_id":12,"date":0,"chat":{"id":8,"type":"private"}}}}`},
	{"inline press, no message", `{"update_id":4,"callback_query":{"id":"cb3","from":{"id":9,"is_bot":false,"first_name":"Aisha"},"inline_message_id":"im","data":"y"}}`},
	{"message null", `{"update_id":5,"callback_query":{"id":"cb4","from":{"id":9,"is_bot":false,"first_name":"Aisha"},"data":"y","message":null}}`},
	{"blocked", `{"update_id":6,"my_chat_member":{"chat":{"id":7,"type":"private"},"from":{"id":7,"is_bot":false,"first_name":"S"},"date":1733500002,"old_chat_member":{"status":"member","user":{"id":99,"is_bot":true,"first_name":"F"}},"new_chat_member":{"status":"kicked","user":{"id":99,"is_bot":true,"first_name":"F"},"until_date":0}}}`},
	{"bad date in the pressed message", `{"update_id":7,"callback_query":{"id":"cb5","from":{"id":7,"is_bot":false,"first_name":"S"},"message":{"message_id":1,"date":"soon","chat":{"id":7}}}}`},
	{"pressed message not an object", `{"update_id":8,"callback_query":{"id":"cb6","from":{"id":7,"is_bot":false,"first_name":"S"},"message":[1]}}`},
	{"inaccessible message with a field a Message cannot hold", `{"update_id":10,"callback_query":{"id":"cb7","from":{"id":7,"is_bot":false,"first_name":"S"},"message":{"message_id":1,"date":0,"text":5,"chat":{"id":7}}}}`},
	{"not json", `{"update_id":9,`},
}

func TestDecodeUpdateAsTheLibrary(t *testing.T) {
	for _, tc := range updateSamples {
		t.Run(tc.name, func(t *testing.T) {
			var want models.Update
			wantErr := json.Unmarshal([]byte(tc.json), &want)
			got, err := decodeUpdate([]byte(tc.json))
			if (err != nil) != (wantErr != nil) {
				t.Fatalf("error %v, the library's %v", err, wantErr)
			}
			if err == nil && !reflect.DeepEqual(got, want) {
				t.Errorf("decodeUpdate:\n got %+v\nwant %+v", got, want)
			}
		})
	}
}

// FuzzDecodeUpdate: on any bytes, decodeUpdate fails when the library does
// and otherwise gives the library's update.
func FuzzDecodeUpdate(f *testing.F) {
	for _, s := range updateSamples {
		f.Add([]byte(s.json))
	}
	f.Fuzz(func(t *testing.T, raw []byte) {
		var want models.Update
		wantErr := json.Unmarshal(raw, &want)
		got, err := decodeUpdate(raw)
		if (err != nil) != (wantErr != nil) {
			t.Fatalf("error %v, the library's %v", err, wantErr)
		}
		if err == nil && !reflect.DeepEqual(got, want) {
			t.Errorf("decodeUpdate:\n got %+v\nwant %+v", got, want)
		}
	})
}

// BenchmarkDecodeUpdate: a press on a question with its keyboard, the
// commonest update under load.
func BenchmarkDecodeUpdate(b *testing.B) {
	raw := []byte(updateSamples[1].json)
	b.Run("library", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			var u models.Update
			if err := json.Unmarshal(raw, &u); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("once", func(b *testing.B) {
		b.ReportAllocs()
		for b.Loop() {
			if _, err := decodeUpdate(raw); err != nil {
				b.Fatal(err)
			}
		}
	})
}
