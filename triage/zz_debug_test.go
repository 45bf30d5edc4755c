package triage
import ("testing";"os";"bufio";"encoding/json")
func TestZZDebug(t *testing.T){
 e:=mustLoad(t); f,_:=os.Open("/tmp/fd/t.jsonl"); sc:=bufio.NewScanner(f)
 for sc.Scan(){ var c struct{Text string}; json.Unmarshal(sc.Bytes(),&c); d:=e.Classify(c.Text,Facts{}); t.Log(d.Urgency,d.RedFlags,d.AmberFlags,d.Complaints,d.Summary.Findings)}
}
