import { authorityRouter } from "./routers/authority";
import { router } from "./trpc";

export const appRouter = router({
  authority: authorityRouter,
});

export type AppRouter = typeof appRouter;
