import { z } from "zod";

const EnvSchema = z.object({
  /** Port `next start` listens on; Next reads it itself, it is parsed here so a bad value fails early. */
  PORT: z.coerce.number().int().min(1).max(65535).optional(),
  /** SQLite database file shared with the CLI. */
  CSI_DB: z.string().min(1).optional(),
  /**
   * Address `npm start` binds to (default `127.0.0.1`). When it is not a loopback address, the
   * client address a request reports cannot be trusted, so every write needs `CSI_WRITE_TOKEN`.
   */
  CSI_HOST: z.string().min(1).default("127.0.0.1"),
  /** When set, writes from hosts other than loopback need `Authorization: Bearer <token>`. */
  CSI_WRITE_TOKEN: z.string().min(1).optional(),
  /** Where the database lives when CSI_DB is unset: `$XDG_DATA_HOME/csi/`, else `~/.local/share/csi/`. */
  XDG_DATA_HOME: z.string().min(1).optional(),
  HOME: z.string().min(1).optional(),
});

/** The environment, parsed once. Nothing else in the app reads `process.env`. */
export const env = EnvSchema.parse({
  // An empty variable means unset.
  PORT: process.env.PORT || undefined,
  CSI_DB: process.env.CSI_DB || undefined,
  CSI_WRITE_TOKEN: process.env.CSI_WRITE_TOKEN || undefined,
  CSI_HOST: process.env.CSI_HOST || undefined,
  XDG_DATA_HOME: process.env.XDG_DATA_HOME || undefined,
  HOME: process.env.HOME || undefined,
});
