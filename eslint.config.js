// One flat config for the whole repo. The import-boundary rule is derived from each workspace's
// package.json: a workspace may import only the @csi packages it declares.
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { join } from "node:path";
import js from "@eslint/js";
import tseslint from "typescript-eslint";

const root = import.meta.dirname;
const workspaces = ["packages", "apps"].flatMap((dir) =>
  readdirSync(join(root, dir))
    .map((name) => join(dir, name))
    .filter((path) => existsSync(join(root, path, "package.json"))),
);
const allCsi = workspaces.map(
  (path) =>
    JSON.parse(readFileSync(join(root, path, "package.json"), "utf8")).name,
);

const boundaries = workspaces.map((path) => {
  const pkg = JSON.parse(
    readFileSync(join(root, path, "package.json"), "utf8"),
  );
  const declared = new Set(
    Object.keys({
      ...pkg.dependencies,
      ...pkg.devDependencies,
      ...pkg.peerDependencies,
    }),
  );
  const forbidden = allCsi.filter(
    (name) => name !== pkg.name && !declared.has(name),
  );
  return {
    files: [`${path}/**/*.{ts,tsx}`],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: forbidden.map((name) => ({
            name,
            message: `${pkg.name} does not declare ${name}; imports point down the layers only`,
          })),
          patterns: [
            {
              group: [
                "../../packages/*",
                "../../../packages/*",
                "**/packages/*/src/**",
              ],
              message: "import workspace packages by name, never by path",
            },
          ],
        },
      ],
    },
  };
});

export default tseslint.config(
  {
    ignores: [
      "**/node_modules/**",
      "**/dist/**",
      "**/.next/**",
      "**/.turbo/**",
      "**/fixtures/**",
      "**/eval/**",
      "**/*.config.*",
      "**/bin/**",
      "**/scripts/**",
      "bench/**",
      "**/next-env.d.ts",
      "**/*-data.ts",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: root },
    },
    rules: {
      "@typescript-eslint/consistent-type-imports": [
        "error",
        { fixStyle: "inline-type-imports" },
      ],
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
      "no-empty": ["error", { allowEmptyCatch: false }],
    },
  },
  {
    files: ["**/*.test.ts", "**/*.test.tsx", "**/test/**"],
    rules: {
      "@typescript-eslint/no-unsafe-assignment": "off",
      "@typescript-eslint/no-unsafe-member-access": "off",
      "@typescript-eslint/no-non-null-assertion": "off",
    },
  },
  ...boundaries,
);
