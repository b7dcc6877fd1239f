/**
 * `npm run advisors -- <command>`: manage advisor accounts in the configured store
 * (DATABASE_URL, else SQLite under DATA_DIR).
 *   add <email>        create an advisor; asks for the password twice (or reads ADVISOR_PASSWORD)
 *   password <email>   set a new password the same way
 *   remove <email>     delete an advisor
 *   list               list advisors
 */
import { createInterface } from "node:readline";
import { z } from "zod";
import { openRepository } from "@/lib/persistence/open-repository";
import { hashPassword, PASSWORD_MIN_LENGTH } from "./password";

const emailSchema = z.email();

function ask(question: string, hidden: boolean): Promise<string> {
  return new Promise((resolve) => {
    const rl = createInterface({ input: process.stdin, output: process.stdout, terminal: process.stdin.isTTY });
    if (hidden && process.stdin.isTTY) {
      // Echo nothing while the password is typed.
      (rl as unknown as { _writeToOutput: (s: string) => void })._writeToOutput = (s: string) => {
        if (s.includes(question)) process.stdout.write(question);
      };
    }
    rl.question(question, (answer) => {
      rl.close();
      if (hidden && process.stdin.isTTY) process.stdout.write("\n");
      resolve(answer);
    });
  });
}

async function readPassword(): Promise<string> {
  const fromEnv = process.env.ADVISOR_PASSWORD;
  if (fromEnv !== undefined) return fromEnv;
  const first = await ask("Password: ", true);
  if (process.stdin.isTTY) {
    const second = await ask("Again: ", true);
    if (first !== second) throw new Error("the passwords differ");
  }
  return first;
}

async function main(argv: string[]): Promise<number> {
  const [command, arg] = argv;
  const usage = "usage: npm run advisors -- add <email> | password <email> | remove <email> | list";
  if (!command) {
    console.error(usage);
    return 2;
  }
  const repo = await openRepository();
  try {
    if (command === "list") {
      for (const a of await repo.listAdvisors()) console.log(`${a.email}\t${a.createdAt}`);
      return 0;
    }
    const email = emailSchema.safeParse(arg?.trim());
    if (!email.success) {
      console.error(`not an e-mail address: ${arg ?? ""}\n${usage}`);
      return 2;
    }
    if (command === "remove") {
      const ok = await repo.deleteAdvisor(email.data);
      console.log(ok ? `removed ${email.data}` : `no advisor ${email.data}`);
      return ok ? 0 : 1;
    }
    if (command !== "add" && command !== "password") {
      console.error(usage);
      return 2;
    }
    const password = await readPassword();
    if (password.length < PASSWORD_MIN_LENGTH) {
      console.error(`the password must have at least ${PASSWORD_MIN_LENGTH} characters`);
      return 2;
    }
    const hash = await hashPassword(password);
    if (command === "add") {
      if (await repo.findAdvisorByEmail(email.data)) {
        console.error(`${email.data} already exists (use: npm run advisors -- password ${email.data})`);
        return 1;
      }
      await repo.createAdvisor(email.data, hash);
      console.log(`added ${email.data}`);
      return 0;
    }
    const ok = await repo.setAdvisorPassword(email.data, hash);
    console.log(ok ? `password changed for ${email.data}` : `no advisor ${email.data}`);
    return ok ? 0 : 1;
  } finally {
    await repo.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
