// All rules, in the order they are tried: the first that matches a block names it.
// Specific labels come before broad landmarks so "PROMOTED VIDEO" inside a
// sidebar is called a promo, not just related.
import type { Rule } from './rule.ts';
import hiddenByPage from './hidden-by-page.ts';
import agencyCredit from './agency-credit.ts';
import commentsSection from './comments-section.ts';
import promotedLabel from './promoted-label.ts';
import jobWidget from './job-widget.ts';
import shopOffer from './shop-offer.ts';
import appPromo from './app-promo.ts';
import newsletterBox from './newsletter-box.ts';
import searchForm from './search-form.ts';
import relatedLabel from './related-label.ts';
import mediaLabel from './media-label.ts';
import adSlot from './ad-slot.ts';
import socialShare from './social-share.ts';
import legalFooter from './legal-footer.ts';
import navigationMenu from './navigation-menu.ts';
import linkList from './link-list.ts';
import photoCaption from './photo-caption.ts';
import dateline from './dateline.ts';
import uiControl from './ui-control.ts';
import datedTeasers from './dated-teasers.ts';

export const RULES: readonly Rule[] = [
  hiddenByPage, agencyCredit, photoCaption, dateline, commentsSection, promotedLabel, jobWidget, shopOffer, appPromo, newsletterBox,
  uiControl, searchForm, relatedLabel, mediaLabel, adSlot, socialShare, legalFooter, navigationMenu, linkList, datedTeasers,
];
