<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names in the text (ENCODING.md §4, names and titles): each occurrence gets a stable id from its
  position (`occ-N`, accumulator h:occ) and links to its register entry (entities.xsl), which links
  back. The name itself is the link; the page shows it only on hover and focus, or all names at
  once with the "Show names" switch (a checkbox read by CSS, no script). HTML forbids nested links:
  - a name inside another name that is a link is marked (class name-inner) but not linked; its
    entry still links back to it;
  - a name that holds another link (a note reference, a page break, a pointer) is marked, and its
    entries are reached by small links that name them ("In the index: …"), shown with the switch;
  - a name with several targets links to the first, and the others the same way.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xmlns:map="http://www.w3.org/2005/xpath-functions/map"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- Whether the document has links at all: most have none, so names need not look for one
       around them. -->
  <xsl:variable name="h:has-links" as="xs:boolean" select="exists($h:tei/descendant::*[self::ref or self::ptr])"/>

  <!-- The id of an occurrence. -->
  <xsl:function name="h:occ-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'occ-' || $e/accumulator-before('h:occ')"/>
  </xsl:function>

  <!-- Whether an element may render as a link in place (so it must not sit inside another). -->
  <xsl:function name="h:makes-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e[self::note or self::ref[@target] or self::ptr or self::graphic[@url] or self::media or self::pb])
      or h:is-occurrence($e)"/>
  </xsl:function>

  <!-- The hrefs of a name's targets: entries of the register as `#id`, outside ones when safe. -->
  <xsl:function name="h:name-hrefs" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:variable name="key" select="string-join(($e/@ref, $e/@source), ' ')"/>
    <xsl:sequence select="if (map:contains($h:pointer-hrefs, $key)) then $h:pointer-hrefs($key) else h:pointer-hrefs($key)"/>
  </xsl:function>

  <!-- The hrefs of a pointer attribute's value (see h:name-hrefs). -->
  <xsl:function name="h:pointer-hrefs" as="xs:string*">
    <xsl:param name="value" as="xs:string"/>
    <xsl:variable name="v" select="normalize-space($value)"/>
    <xsl:sequence select="for $t in (if (contains($v, ' ')) then tokenize($v, ' ') else $v[. ne ''])
      return if (starts-with($t, '#'))
        then $t[exists(key('h:entry', substring($t, 2), $h:root))]
        else h:href($t, $h:tei)"/>
  </xsl:function>

  <!-- Every element with @ref or @source by its pointer values (`@ref` and `@source` joined by a
       space), in document order: one walk over the document, and the few distinct values are
       worked out once each (register back-links, h:pointer-hrefs). -->
  <xsl:variable name="h:pointer-groups" as="map(xs:string, element()+)">
    <xsl:map>
      <xsl:for-each-group select="$h:tei/descendant-or-self::*[@ref or @source]" group-by="string-join((@ref, @source), ' ')">
        <xsl:map-entry key="current-grouping-key()" select="current-group()"/>
      </xsl:for-each-group>
    </xsl:map>
  </xsl:variable>

  <!-- h:pointer-hrefs of every pointer value in the document, worked out once: a map lookup per
       name instead of string functions, a key and perhaps a regular expression. -->
  <xsl:variable name="h:pointer-hrefs" as="map(xs:string, xs:string*)"
    select="map:merge(map:keys($h:pointer-groups) ! map { .: h:pointer-hrefs(.) })"/>

  <!-- What a link to a target says: the entry's name, or the URL. -->
  <xsl:function name="h:target-label" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:variable name="id" select="substring($href, 2)"/>
    <xsl:sequence select="if (not(starts-with($href, '#'))) then $href
      else if (map:contains($h:entry-labels, $id)) then $h:entry-labels($id)
      else h:entry-label(key('h:id', $id, $h:root)[1])"/>
  </xsl:function>

  <!-- Whether an element holds something that renders as a link of its own, other than a name
       (a name inside a name is not a link when the outer one is). -->
  <xsl:function name="h:holds-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/descendant::*[self::note or self::ref[@target] or self::ptr or self::graphic[@url] or self::media
      or self::pb or self::quote[@source]])"/>
  </xsl:function>

  <!-- Whether a name renders inside a link (a pointer, or an outer name that is a link). -->
  <xsl:function name="h:in-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="($h:has-links and exists($e/ancestor::*[self::ref or self::ptr]))
      or (some $a in $e/ancestor::*[@ref][h:is-occurrence(.)] satisfies h:name-is-link($a))"/>
  </xsl:function>

  <!-- Whether a name renders as a link: it has a target, sits in no link and holds none. -->
  <xsl:function name="h:name-is-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists(h:name-hrefs($e)) and not(h:holds-link($e)) and not(h:in-link($e))"/>
  </xsl:function>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | geogName[@ref] | eventName[@ref] | objectName[@ref] | name[@ref] | rs[@ref] | title[@ref]" mode="h:text">
    <!-- Written out rather than through h:name-hrefs and h:token: a function call costs SaxonJS
         more than the lookup itself, and this template runs for every name in the text. Every
         element with @ref is in $h:pointer-hrefs, by @ref alone when it has no @source. -->
    <xsl:variable name="hrefs" select="if (@source) then h:name-hrefs(.) else $h:pointer-hrefs(string(@ref))"/>
    <xsl:variable name="type" select="string(@type)"/>
    <xsl:variable name="class" select="'name name-' || (if (not(self::rs)) then substring-before(local-name() || 'Name', 'Name')
      else if (translate($type, 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-', '') eq '') then $type
      else h:token($type))"/>
    <xsl:variable name="id" select="'occ-' || accumulator-before('h:occ')"/>
    <!-- Most names have no name around them and nothing inside: the ancestors are asked only then. -->
    <xsl:variable name="in-link" select="(exists(ancestor::*[@ref]) or $h:has-links) and h:in-link(.)"/>
    <xsl:choose>
      <xsl:when test="empty($hrefs) or $in-link">
        <span class="{$class}{if ($in-link) then ' name-inner' else ''}" id="{$id}"><xsl:call-template name="h:name-content"/></span>
      </xsl:when>
      <xsl:when test="exists(*) and h:holds-link(.)">
        <span class="{$class}" id="{$id}"><xsl:call-template name="h:name-content"/></span>
        <xsl:sequence select="h:more-links($hrefs)"/>
      </xsl:when>
      <xsl:otherwise>
        <a class="{$class}" id="{$id}" href="{$hrefs[1]}"><xsl:call-template name="h:name-content"/></a>
        <xsl:if test="exists($hrefs[2])"><xsl:sequence select="h:more-links(subsequence($hrefs, 2))"/></xsl:if>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- What a name shows: its language and its content (a title as a citation). -->
  <xsl:template name="h:name-content">
    <xsl:if test="@xml:lang"><xsl:call-template name="h:lang"><xsl:with-param name="e" select="."/></xsl:call-template></xsl:if>
    <xsl:choose>
      <xsl:when test="self::title"><cite><xsl:apply-templates mode="h:text"/></cite></xsl:when>
      <xsl:otherwise><xsl:apply-templates mode="h:text"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Links after a name, one per target, saying where they lead ("In the index: Japan"). The
       stylesheet shows them with the "Show names" switch only, so the text stays quiet. -->
  <xsl:function name="h:more-links" as="element()*">
    <xsl:param name="hrefs" as="xs:string*"/>
    <xsl:for-each select="$hrefs">
      <a class="name-more" href="{.}"><span class="visually-hidden">{if (starts-with(., '#')) then 'In the index: ' else 'Link: '}</span>{h:target-label(.)}</a>
    </xsl:for-each>
  </xsl:function>

  <!-- The "Show names" switch: a checkbox the stylesheet reads (`:has()`); works without script. -->
  <xsl:template name="h:names-switch" as="element()?">
    <xsl:if test="exists($h:text/descendant::*[@ref][h:is-occurrence(.)])">
      <div class="names-switch">
        <input type="checkbox" id="show-names" aria-describedby="show-names-hint"/>
        <label for="show-names">Show names</label>
        <span class="hint" id="show-names-hint"> (names link to the index of names)</span>
      </div>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
