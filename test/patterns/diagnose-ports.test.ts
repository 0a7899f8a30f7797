import { describe, expect, it } from "vitest";
import { normaliseLines } from "../../src/patterns/diagnose-normalise.js";
import { portMismatch } from "../../src/patterns/diagnose-ports.js";

const cases: { name: string; log: string[]; want: { listening: number; expected: number } | undefined }[] = [
  {
    name: "the app on 8090, the health check on 8080",
    log: ["INFO: Uvicorn running on http://0.0.0.0:8090", "Health check on port 8080 has failed."],
    want: { listening: 8090, expected: 8080 },
  },
  {
    name: "a port scan for 10000 and a server on 3000",
    log: [
      "Listening on port 3000",
      "==> Port scan timeout reached, failed to detect open port 10000 from PORT environment variable.",
    ],
    want: { listening: 3000, expected: 10000 },
  },
  {
    name: "the app on the expected port (the failure is elsewhere)",
    log: ["Server started on 0.0.0.0:8080", "Health check on port 8080 has failed."],
    want: undefined,
  },
  {
    name: "one of two listeners on the expected port",
    log: ["metrics listening on :9090", "Listening on port 8080", "Health check on port 8080 has failed."],
    want: undefined,
  },
  {
    name: "no expected port named",
    log: ["Listening on port 3000", "Healthcheck failed!"],
    want: undefined,
  },
  {
    name: "a proxy asking about 0.0.0.0:8080 while the app listens on 5000",
    log: [
      " * Running on http://127.0.0.1:5000",
      "instance refused connection. is your app listening on 0.0.0.0:8080? make sure it is not only listening on 127.0.0.1",
    ],
    want: { listening: 5000, expected: 8080 },
  },
];

describe("portMismatch", () => {
  for (const c of cases) {
    it(c.name, () => {
      const found = portMismatch(normaliseLines(c.log));
      expect(found ? { listening: found.listening, expected: found.expected } : undefined).toEqual(c.want);
    });
  }
});
