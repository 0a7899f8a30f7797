/** `railpilot whoami`: who the token belongs to (account) or what it reaches (project token). */
import type { Command } from "commander";
import { MeDocument, type MeQuery, ProjectTokenDocument, RailwayAuthError } from "../../railway/index.js";
import type { CliContext } from "../context.js";
import { addCommonOptions, type CommonFlags, connectRailway } from "../railway-client.js";

export function register(program: Command, ctx: CliContext): void {
  addCommonOptions(program.command("whoami").description("show who the Railway token belongs to"), false).action(
    async (flags: CommonFlags) => {
      const rw = await connectRailway(ctx, flags.config ? { configPath: flags.config } : {});
      try {
        if (rw.client.tokenKind === "project") {
          const { projectToken } = await rw.client.request(ProjectTokenDocument);
          const data = {
            tokenKind: "project" as const,
            project: projectToken.project,
            environment: projectToken.environment,
          };
          if (flags.json) return ctx.json(data);
          ctx.out(`project token for ${projectToken.project.name} / ${projectToken.environment.name}`);
          ctx.out(`project      ${projectToken.project.id}`);
          ctx.out(`environment  ${projectToken.environment.id}`);
          return;
        }
        let me: MeQuery["me"];
        try {
          ({ me } = await rw.client.request(MeDocument));
        } catch (error) {
          if (error instanceof RailwayAuthError) {
            // Railway answers `me` with "Not Authorized" for workspace tokens (API-NOTES §2).
            throw new RailwayAuthError(
              "Railway refused to say who this token belongs to: it is a workspace token, or invalid or expired",
              { ...(error.status !== undefined ? { status: error.status } : {}), errors: error.errors },
              {
                cause: error,
                hint: "whoami needs an account token in RAILWAY_API_TOKEN; workspace and project tokens still work for status, logs, variables and deploy.",
              },
            );
          }
          throw error;
        }
        const data = {
          tokenKind: "account" as const,
          user: { id: me.id, name: me.name, email: me.email, username: me.username },
          workspaces: me.workspaces.map((w) => ({ id: w.id, name: w.name })),
          rateLimit: me.apiTokenRateLimit ?? null,
        };
        if (flags.json) return ctx.json(data);
        ctx.out(`${me.name ?? me.username ?? me.email} <${me.email}>`);
        ctx.out(`user        ${me.id}`);
        if (data.workspaces.length > 0) ctx.out(`workspaces  ${data.workspaces.map((w) => w.name).join(", ")}`);
        if (me.apiTokenRateLimit)
          ctx.out(
            `API budget  ${me.apiTokenRateLimit.remainingPoints} points left, resets ${me.apiTokenRateLimit.resetsAt}`,
          );
      } finally {
        await rw.close();
      }
    },
  );
}
