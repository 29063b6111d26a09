<?xml version="1.0" encoding="UTF-8"?>
<!--
  Pages and furniture (ENCODING.md §4, body): page breaks as visible markers that link to
  themselves (`id="page-N"`, named "Page N" for screen readers); fw as blocks set off from the text, shown
  in the diplomatic view and in print; struck markings announced as struck; the release stamp; the
  hyphen of a word split by `pb break="no"` (hidden in the reading view); and the transcription's
  other marks: del, add, gap, choice with sic/corr, orig/reg, abbr/expan, unclear, supplied.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:ed="urn:teikit:ed"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <xsl:template match="pb" mode="h:text">
    <xsl:variable name="label" as="xs:string" select="ed:page-label(.)"/>
    <xsl:variable name="class" select="'pb' || (if (@break = 'no') then ' pb-inword' else '') || (if (h:in-block-context(.)) then ' pb-block' else '')"/>
    <xsl:variable name="shown" select="if (@n) then normalize-space(@n) else '[' || $label || ']'"/>
    <xsl:choose>
      <!-- A link to itself: visible, linkable, named for screen readers. -->
      <xsl:when test="not(ancestor::*[self::ref or self::ptr])">
        <a class="{$class}" id="{h:page-id(.)}" href="#{h:page-id(.)}" aria-label="Page {$label}"><span class="pb-label">{$shown}</span></a>
      </xsl:when>
      <xsl:otherwise>
        <span class="{$class}" id="{h:page-id(.)}"><span class="visually-hidden">Page </span><span class="pb-label">{$shown}</span></span>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:for-each select="(tokenize(normalize-space(@facs), ' ')[1] ! key('h:id', substring(., 2), root($h:tei)))[1]">
      <xsl:for-each select="(h:safe-url((.//graphic/@url, @url)[1]))[not(starts-with(., '#'))]">
        <a class="pb-facs" href="{.}">page image {$label}</a>
      </xsl:for-each>
    </xsl:for-each>
  </xsl:template>

  <!-- Furniture: a block in the diplomatic view, hidden in the reading view; its kind and place are
       said in visually hidden text for screen readers. -->
  <xsl:template match="fw" mode="h:text">
    <xsl:variable name="type" select="replace(string((@type, 'other')[1]), '[^A-Za-z0-9_-]', '')"/>
    <xsl:variable name="place" select="replace(string((@place, 'margin')[1]), '[^A-Za-z0-9_-]', '')"/>
    <span class="fw fw-{$type} fw-{$place}">
      <span class="visually-hidden">{h:fw-label($type)}, {h:place-label($place)}: </span>
      <xsl:apply-templates mode="#current"/>
    </span>
  </xsl:template>

  <xsl:function name="h:fw-label" as="xs:string">
    <xsl:param name="type" as="xs:string"/>
    <xsl:sequence select="
      if ($type = 'classification') then 'Classification marking'
      else if ($type = 'copyNumber') then 'Copy number'
      else if ($type = 'releaseStamp') then 'Release stamp'
      else if ($type = 'control') then 'Control number'
      else if ($type = 'pageNum') then 'Page number'
      else if ($type = 'catch') then 'Catchword'
      else if ($type = ('header', 'footer')) then 'Running ' || $type
      else 'Page furniture'"/>
  </xsl:function>

  <xsl:function name="h:place-label" as="xs:string">
    <xsl:param name="place" as="xs:string"/>
    <xsl:sequence select="
      if ($place = 'top') then 'head of the page'
      else if ($place = 'bottom') then 'foot of the page'
      else if ($place = 'margin') then 'margin' else $place"/>
  </xsl:function>

  <xsl:template match="stamp" mode="h:text">
    <span class="stamp"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- A cancellation: struck in both views and announced as struck (not only drawn). In the text
       proper (outside fw) it is left out of the reading view. -->
  <xsl:template match="del" mode="h:text">
    <del class="del{if (ancestor::fw) then '' else ' dipl-only'}">
      <xsl:apply-templates mode="#current"/>
      <span class="visually-hidden"> ({if (contains(string(@rend), 'strike') or empty(@rend)) then 'struck through' else 'deleted'})</span>
    </del>
  </xsl:template>

  <xsl:template match="add" mode="h:text">
    <ins class="add{@place ! (' add-' || replace(., '[^A-Za-z0-9_-]', ''))}"><span class="visually-hidden">(added: </span><xsl:apply-templates mode="#current"/><span class="visually-hidden">)</span></ins>
  </xsl:template>

  <!-- Omitted or withheld text: said in words, in both views. -->
  <xsl:template match="gap[ed:is-leiden(.)]" mode="h:text" priority="1">
    <span class="gap">{ed:leiden-gap(.)}</span>
  </xsl:template>
  <xsl:template match="gap" mode="h:text">
    <xsl:variable name="extent" select="string-join((@quantity, @unit), ' ')"/>
    <span class="gap">[{string-join(('gap', $extent[. ne ''], h:gap-reason(string(@reason))[. ne '']), ', ')}]</span>
  </xsl:template>

  <xsl:function name="h:gap-reason" as="xs:string">
    <xsl:param name="r" as="xs:string"/>
    <xsl:sequence select="if ($r = 'notDeclassified') then 'withheld, not declassified' else replace($r, '([a-z])([A-Z])', '$1 $2') ! lower-case(.)"/>
  </xsl:function>

  <!-- Alternatives: the reading view shows the correction, regularisation or expansion; the
       diplomatic view shows the text as written (CSS classes read-only and dipl-only). -->
  <xsl:template match="choice" mode="h:text">
    <span class="choice">
      <xsl:for-each select="*">
        <span class="{if (self::sic or self::orig or self::abbr) then 'dipl-only' else if (self::corr or self::reg or self::expan) then 'read-only' else 'alt'}">
          <xsl:apply-templates select="." mode="#current"/>
        </span>
      </xsl:for-each>
    </span>
  </xsl:template>
  <xsl:template match="sic | corr | orig | reg | abbr | expan | subst | mod | redo | retrace" mode="h:text">
    <span class="tei-{local-name()}"><xsl:apply-templates mode="#current"/></span>
  </xsl:template>

  <!-- The hyphen before a `pb break="no"` (furniture between ignored): hidden in the reading view,
       where the two parts of the word join (§4, body: no whitespace between the parts). The cheap
       ends-with test comes first: this pattern is tried on every text node. -->
  <xsl:template match="text()[ends-with(., '-') or ends-with(., '&#xAD;')][h:before-word-break(.)]" mode="h:text" priority="1">
    <xsl:analyze-string select="." regex="[\-&#xAD;]\s*$">
      <xsl:matching-substring><span class="hyphen dipl-only">{.}</span></xsl:matching-substring>
      <xsl:non-matching-substring>{.}</xsl:non-matching-substring>
    </xsl:analyze-string>
  </xsl:template>

  <xsl:function name="h:before-word-break" as="xs:boolean">
    <xsl:param name="t" as="text()"/>
    <xsl:sequence select="matches($t, '[\-&#xAD;]\s*$')
      and exists($t/following-sibling::node()[not(self::fw or self::text()[not(normalize-space())])][1][self::pb[@break = 'no']])"/>
  </xsl:function>
</xsl:stylesheet>
