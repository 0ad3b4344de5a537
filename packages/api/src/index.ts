import type { inferRouterInputs, inferRouterOutputs } from "@trpc/server";
import { appRouter, type AppRouter } from "./root";
import { createCallerFactory, type Context } from "./trpc";

export { appRouter };
export type { AppRouter, Context };

/** Calls procedures in-process, without HTTP. */
export const createCaller = createCallerFactory(appRouter);

/** Input types of every procedure, for the apps. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Output types of every procedure, for the apps. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;
