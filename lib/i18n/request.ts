import { headers } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { getSessionUser } from '@/lib/auth/session';
import { localeFromAcceptLanguage } from './config';
import { loadMessages } from './messages';

// Language per request: the user's saved choice, else the browser's Accept-Language, else Dutch.
export default getRequestConfig(async () => {
  const user = await getSessionUser().catch(() => null);
  const locale = user?.locale ?? localeFromAcceptLanguage((await headers()).get('accept-language'));
  return { locale, messages: loadMessages(locale), timeZone: 'Europe/Amsterdam' };
});
