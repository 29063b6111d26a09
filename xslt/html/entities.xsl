<?xml version="1.0" encoding="UTF-8"?>
<!--
  The index of names (ENCODING.md §3 standOff): persons, organisations, places, events, texts and
  objects, each entry with its other names, dates, notes, authority links (urls.xsl) and back-links
  to every occurrence in the text (names.xsl ids), labelled by page.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- Occurrences by the ids they point to, in document order (the same elements as the
       accumulator h:occ and h:is-occurrence(), written out). Each occurrence's ids come from a map of the document's few distinct
       pointer values (names.xsl), not from string functions per element; a key would test its
       pattern on every node of the document. -->
  <xsl:variable name="h:pointing" as="map(xs:string, element()+)">
    <xsl:variable name="ids" as="map(xs:string, xs:string*)" select="map:merge(map:keys($h:pointer-groups) ! map { .: h:local-ids(.) })"/>
    <xsl:map>
      <xsl:for-each-group select="$h:root/descendant::*[(@ref and (self::persName or self::placeName or self::orgName or self::geogName
        or self::eventName or self::objectName or self::name or self::rs or self::title)) or (@source and self::quote)][ancestor::text]" group-by="$ids(string-join((@ref, @source), ' '))">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <xsl:variable name="h:kinds" as="map(xs:string, xs:string)"
    select="map { 'person': 'Persons', 'org': 'Organisations', 'place': 'Places', 'event': 'Events', 'text': 'Texts', 'object': 'Objects' }"/>

  <xsl:template name="h:register" as="element()?">
    <xsl:if test="exists($h:entries)">
      <section id="register" class="register" aria-labelledby="register-h">
        <h2 id="register-h">Index of names</h2>
        <xsl:for-each select="('person', 'org', 'place', 'event', 'text', 'object')">
          <xsl:variable name="kind" select="."/>
          <xsl:variable name="these" select="$h:entries[h:entry-kind(.) = $kind]"/>
          <xsl:if test="exists($these)">
            <h3 id="register-{$kind}">{$h:kinds($kind)}</h3>
            <ul class="entries">
              <xsl:apply-templates select="$these" mode="h:entry">
                <xsl:sort select="lower-case(h:entry-label(.))" lang="en"/>
              </xsl:apply-templates>
            </ul>
          </xsl:if>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:mode name="h:entry" on-no-match="fail" on-multiple-match="fail"/>

  <xsl:template match="*" mode="h:entry">
    <xsl:variable name="label" select="h:entry-label(.)"/>
    <xsl:variable name="names" select="(persName | orgName | placeName | eventName | objectName | name | title)"/>
    <xsl:variable name="occ" select="$h:pointing(string(@xml:id))"/>
    <li id="{@xml:id}" class="entry">
      <span class="entry-name">{$label}</span>
      <xsl:variable name="other" select="distinct-values(subsequence($names, 2) ! h:norm(.))[. ne $label]"/>
      <xsl:if test="exists($other)"><span class="entry-alt"> (also {string-join($other, '; ')})</span></xsl:if>
      <xsl:variable name="type" select="string(@type)"/>
      <xsl:if test="$type and h:entry-kind(.) = 'text'"><span class="entry-type">, {$type}</span></xsl:if>
      <xsl:variable name="dates" select="h:entry-dates(.)"/>
      <xsl:if test="$dates"><span class="entry-dates">, {$dates}</span></xsl:if>
      <xsl:if test="note[not(@type = 'authority')]">
        <span class="entry-notes">
          <xsl:for-each select="note[not(@type = 'authority')]">
            <xsl:apply-templates mode="h:prose"/><xsl:if test="position() ne last()"><xsl:text> </xsl:text></xsl:if>
          </xsl:for-each>
        </span>
      </xsl:if>
      <xsl:call-template name="h:authority"/>
      <xsl:if test="exists($occ)">
        <span class="occurrences">
          <span class="occ-h">In the text: </span>
          <!-- Each occurrence's page, looked up by position in an array (SaxonJS counts its way to
               the n-th item of a sequence); no xsl:iterate, whose parameters cost more per item. -->
          <xsl:variable name="pages" as="array(xs:string)" select="array { $occ ! accumulator-before('h:page') }"/>
          <xsl:variable name="about" select="$label || ': '"/>
          <xsl:for-each select="$occ">
            <xsl:variable name="i" as="xs:integer" select="position()"/>
            <xsl:variable name="page" as="xs:string" select="$pages($i)"/>
            <!-- The separator and, on a new page, its number: one instruction (each costs SaxonJS
                 microseconds, times every link of the register). -->
            <xsl:value-of select="if ($i eq 1) then (if ($page) then 'p. ' || $page || ': ' else '')
              else if ($page eq $pages($i - 1)) then ', '
              else '; ' || (if ($page) then 'p. ' || $page || ': ' else '')"/>
            <a href="#occ-{accumulator-before('h:occ')}" aria-label="{$about}{if (self::quote) then 'quoted' else 'occurrence'} {$i}{if ($page) then ' on page ' || $page else ''}">{$i}{if (self::quote) then ' (quoted)' else ''}</a>
          </xsl:for-each>
        </span>
      </xsl:if>
    </li>
  </xsl:template>

  <!-- Authority: a link per identifier, or the note saying none is verified (ENCODING.md §3). -->
  <xsl:template name="h:authority" as="element()?">
    <xsl:variable name="ids" select="idno[not(@type = ('local'))]"/>
    <xsl:choose>
      <xsl:when test="exists($ids)">
        <span class="authority">
          <xsl:for-each select="$ids">
            <xsl:variable name="url" select="h:authority-url(.)"/>
            <xsl:variable name="name" select="h:authority-name(.)"/>
            <xsl:choose>
              <xsl:when test="exists($url)"><a class="authority-link" href="{$url}">{$name}{normalize-space(.)}</a></xsl:when>
              <xsl:otherwise><span>{$name}{normalize-space(.)}</span></xsl:otherwise>
            </xsl:choose>
            <xsl:if test="position() ne last()">, </xsl:if>
          </xsl:for-each>
        </span>
      </xsl:when>
      <xsl:when test="note[@type = 'authority']">
        <span class="authority authority-none"><xsl:apply-templates select="note[@type = 'authority']/node()" mode="h:prose"/></span>
      </xsl:when>
    </xsl:choose>
  </xsl:template>

  <xsl:function name="h:authority-name" as="xs:string">
    <xsl:param name="idno" as="element()"/>
    <xsl:variable name="t" select="lower-case($idno/@type)"/>
    <xsl:sequence select="if ($t = 'wikidata') then 'Wikidata ' else if ($t = 'geonames') then 'GeoNames '
      else if ($t = 'viaf') then 'VIAF ' else if ($t = 'gnd') then 'GND ' else ''"/>
  </xsl:function>

  <!-- Dates of an entry in words: a point, a span, or the date of a text. -->
  <xsl:function name="h:entry-dates" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="d" select="($e, $e/date)[@when or @from or @to or @notBefore or @notAfter][1]"/>
    <xsl:sequence select="
      if ($d/@when) then h:date-label($d/@when)
      else if ($d/@from or $d/@to) then string-join((h:date-label($d/@from), h:date-label($d/@to)), '–')
      else if ($d/@notBefore or $d/@notAfter) then 'between ' || string-join((h:date-label($d/@notBefore), h:date-label($d/@notAfter)), ' and ')
      else ''"/>
  </xsl:function>
</xsl:stylesheet>
