import { authorityRouter } from "./routers/authority";
import { conflictRouter } from "./routers/conflict";
import { documentRouter } from "./routers/document";
import { exportRouter } from "./routers/export";
import { inspectionRouter } from "./routers/inspection";
import { registerRouter } from "./routers/register";
import { searchRouter } from "./routers/search";
import { statsRouter } from "./routers/stats";
import { router } from "./trpc";

export const appRouter = router({
  authority: authorityRouter,
  inspection: inspectionRouter,
  document: documentRouter,
  search: searchRouter,
  stats: statsRouter,
  conflict: conflictRouter,
  export: exportRouter,
  register: registerRouter,
});

export type AppRouter = typeof appRouter;
