/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/src", "<rootDir>/test"],
  testMatch: ["**/*.test.ts", "**/*.test.tsx"],
  testPathIgnorePatterns: ["/node_modules/", "/dist/", "/test-output/", "/scratch/"],
  transform: {
    "^.+\\.tsx?$": ["ts-jest", { tsconfig: { module: "CommonJS", jsx: "react-jsx", noEmit: false } }],
  },
  moduleNameMapper: { "\\.(css|png|svg)$": "<rootDir>/test/support/file-stub.js" },
  reporters: ["default", "<rootDir>/test/support/plain-summary-reporter.js"],
};
