package org.iptalent.education.academy;

import org.springframework.data.jpa.repository.JpaRepository;

interface Academies extends JpaRepository<Academy, Long> {

    boolean existsByNameIgnoreCase(String name);
}
