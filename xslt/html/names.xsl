<?xml version="1.0" encoding="UTF-8"?>
<!--
  Names in the text (ENCODING.md §4, names and titles): each occurrence gets a stable id from its
  position (`occ-N`, accumulator h:occ) and links to its register entry (entities.xsl), which links
  back. HTML forbids nested links, so a name that contains another link (a nested name, a note
  reference) is a span followed by a small link of its own; a name with several targets links its
  text to the first and adds a small link for each other one.
-->
<xsl:stylesheet version="3.0"
  xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
  xmlns:xs="http://www.w3.org/2001/XMLSchema"
  xmlns:h="urn:teikit:html"
  xpath-default-namespace="http://www.tei-c.org/ns/1.0"
  exclude-result-prefixes="#all" expand-text="yes">

  <!-- The id of an occurrence. -->
  <xsl:function name="h:occ-id" as="xs:string">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="'occ-' || $e/accumulator-before('h:occ')"/>
  </xsl:function>

  <!-- Whether an element may render as a link in place (so it must not sit inside another). -->
  <xsl:function name="h:makes-link" as="xs:boolean">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="exists($e/self::note | $e/self::ref[@target] | $e/self::ptr | $e/self::graphic[@url] | $e/self::media)
      or h:is-occurrence($e) or exists($e/self::pb)"/>
  </xsl:function>

  <!-- The hrefs of a name's targets: entries of the register as `#id`, outside ones when safe. -->
  <xsl:function name="h:name-hrefs" as="xs:string*">
    <xsl:param name="e" as="element()"/>
    <xsl:sequence select="for $t in tokenize(normalize-space(string-join(($e/@ref, $e/@source), ' ')), ' ')
      return if (starts-with($t, '#'))
        then $t[exists(key('h:entry', substring($t, 2), root($e)))]
        else h:href($t, $e)"/>
  </xsl:function>

  <!-- What a link to a target says: the entry's name, or the URL. -->
  <xsl:function name="h:target-label" as="xs:string">
    <xsl:param name="href" as="xs:string"/>
    <xsl:sequence select="if (starts-with($href, '#')) then h:entry-label(key('h:id', substring($href, 2), root($h:tei))[1]) else $href"/>
  </xsl:function>

  <xsl:template match="persName[@ref] | placeName[@ref] | orgName[@ref] | geogName[@ref] | eventName[@ref] | objectName[@ref] | name[@ref] | rs[@ref] | title[@ref]" mode="h:text">
    <xsl:variable name="hrefs" select="h:name-hrefs(.)"/>
    <xsl:variable name="class" select="'name name-' || (if (self::rs) then replace(@type, '[^A-Za-z0-9_-]', '') else substring-before(local-name() || 'Name', 'Name'))"/>
    <xsl:variable name="inside-link" select="exists(ancestor::*[self::ref or self::ptr])"/>
    <xsl:variable name="content" as="node()*">
      <xsl:if test="@xml:lang"><xsl:call-template name="h:lang"><xsl:with-param name="e" select="."/></xsl:call-template></xsl:if>
      <xsl:choose>
        <xsl:when test="self::title"><cite><xsl:apply-templates mode="#current"/></cite></xsl:when>
        <xsl:otherwise><xsl:apply-templates mode="#current"/></xsl:otherwise>
      </xsl:choose>
    </xsl:variable>
    <xsl:choose>
      <xsl:when test="empty($hrefs) or $inside-link">
        <span class="{$class}" id="{h:occ-id(.)}"><xsl:sequence select="$content"/></span>
      </xsl:when>
      <xsl:when test="exists(*) and exists(.//*[h:makes-link(.)])">
        <span class="{$class}" id="{h:occ-id(.)}"><xsl:sequence select="$content"/></span>
        <xsl:sequence select="h:more-links($hrefs)"/>
      </xsl:when>
      <xsl:otherwise>
        <a class="{$class}" id="{h:occ-id(.)}" href="{$hrefs[1]}"><xsl:sequence select="$content"/></a>
        <xsl:sequence select="h:more-links(subsequence($hrefs, 2))"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- Small links after a name, one per target, named by the entry they lead to. -->
  <xsl:function name="h:more-links" as="element()*">
    <xsl:param name="hrefs" as="xs:string*"/>
    <xsl:for-each select="$hrefs">
      <a class="name-more" href="{.}" aria-label="{if (starts-with(., '#')) then 'Index: ' else 'Link: '}{h:target-label(.)}" title="{h:target-label(.)}">*</a>
    </xsl:for-each>
  </xsl:function>
</xsl:stylesheet>
