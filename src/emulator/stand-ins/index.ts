// Stand-ins for the services the autopilot's escalation talks to (the GitHub one lives in ../github).
export {
  type AnthropicRequestRecord,
  AnthropicScript,
  type AnthropicStandIn,
  createAnthropicStandIn,
} from "./anthropic-stand-in.js";
export {
  CHANNELS,
  type Channel,
  createNotificationRecorder,
  type NotificationRecorder,
  type RecordedNotification,
} from "./notification-recorder.js";
