// Package relay carries what patients must hear outside a reply to their
// channel: the Notifier port (Channels, a sender per channel that is on)
// that the consult's messages and appointment reminders both go through,
// and the Relay, which delivers each case's pending consult messages
// (written to the case's thread by the store, in the transaction that
// made them true) and keeps waiting patients told of their estimated
// wait.
//
// Deliveries run one case at a time under a Redis lock, in id order: each
// message goes through the patient's conversation (dialogs'
// Engine.HandleConsult, which words it in the patient's language) and then
// their channel. A failed delivery is retried by a sweep in Run; one that
// can never be delivered is given up. Every process runs a Relay; the
// lock and the store let one of them deliver each message and tell each
// patient.
//
// The relay publishes no case event: the store's Consults records each
// outcome and tells the dashboards of a run of deliveries
// (DeliveriesDone), as it does every change to a case.
//
// relay knows no HTTP and no channel: cmd builds each channel's Sender
// from bot or webchat. The dashboard starts deliveries through its own
// small port (Relay.DeliverSoon) and never imports relay.
package relay
