import { defineProject } from "vitest/config";
import base from "./vitest.config";
export default defineProject({ ...base, resolve: { alias: { "@csi/parser": "/tmp/csi-cli-fakeparser/index.ts" } } });
