import "server-only";
import { notFound, redirect } from "next/navigation";
import { NextResponse } from "next/server";
import { getCurrentUser, type TCurrentUser } from "@/lib/auth/session";
import type { TLocale } from "@/lib/i18n/config";
import { can, permissions, staffRoles, type TPermission, type TRole } from "./permissions";

const isStaffOnly = (permission: TPermission) =>
  (permissions[permission] as readonly TRole[]).every((r) => (staffRoles as readonly TRole[]).includes(r));

/**
 * For pages. Not signed in: go to the right sign-in page and come back. Signed in without permission: go to
 * your own account page, which explains that the page is not for you. Nothing of the page is rendered first.
 */
export async function requirePagePermission(locale: TLocale, permission: TPermission, returnTo: string): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user) {
    const signIn = isStaffOnly(permission) ? `/${locale}/staff/sign-in` : `/${locale}/sign-in`;
    redirect(`${signIn}?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (!can(user.role, permission)) redirect(`/${locale}/account?notice=not-permitted`);
  return user;
}

/** For server actions: the same check; an action posted without permission is refused, never run. */
export async function requireActionPermission(permission: TPermission): Promise<TCurrentUser> {
  const user = await getCurrentUser();
  if (!user || !can(user.role, permission)) notFound();
  return user;
}

type THandler<C> = (request: Request, context: C, user: TCurrentUser) => Promise<Response>;

/** For route handlers: 401 when not signed in, 403 without permission. */
export function withPermission<C>(permission: TPermission, handler: THandler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user) return NextResponse.json({ error: "not-signed-in" }, { status: 401 });
    if (!can(user.role, permission)) return NextResponse.json({ error: "forbidden" }, { status: 403 });
    return handler(request, context, user);
  };
}
