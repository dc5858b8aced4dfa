package org.iptalent.demo.internal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;

import org.iptalent.identity.NewUser;
import org.iptalent.identity.UserManagement;
import org.iptalent.platform.demo.DemoDataContributor;
import org.iptalent.platform.demo.DemoProperties;
import org.iptalent.reference.Division;
import org.iptalent.reference.ReferenceData;
import org.iptalent.shared.Role;
import org.springframework.stereotype.Component;

/**
 * A demo account for every role: the national ones, and in each of the 31 mainland provinces a
 * provincial administrator, a city administrator of the capital (the province itself for the four
 * municipalities has none), a training-base manager, an expert, a talent, an employer and an evaluator.
 * Names follow the ISO 3166-2 suffix: {@code admin.gd}, {@code city.gd}, {@code expert.gd} …
 */
@Component
class DemoAccounts implements DemoDataContributor {

    private final UserManagement users;
    private final ReferenceData reference;

    DemoAccounts(UserManagement users, ReferenceData reference) {
        this.users = users;
        this.reference = reference;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public void contribute(DemoProperties properties) {
        List<NewUser> accounts = new ArrayList<>();
        accounts.add(user("national", "国家知识产权局管理员", Role.NATIONAL_ADMIN, null));
        accounts.add(user("auditor", "安全审计员", Role.AUDITOR, null));
        accounts.add(user("secadmin", "安全保密管理员", Role.SECURITY_ADMIN, null));
        accounts.add(user("sysadmin", "系统管理员", Role.SYSTEM_ADMIN, null));
        for (Division province : reference.provinces()) {
            if (!province.isMainland()) {
                continue;
            }
            String key = province.iso3166().substring(3).toLowerCase(Locale.ROOT);
            String name = province.shortNameZh();
            accounts.add(user("admin." + key, name + "知识产权局管理员", Role.PROVINCIAL_ADMIN, province.code()));
            List<Division> cities = reference.citiesOf(province.code());
            if (!cities.isEmpty()) {
                Division capital = cities.get(0);
                accounts.add(user("city." + key, capital.shortNameZh() + "市场监管局（知识产权局）管理员", Role.CITY_ADMIN,
                        capital.code()));
            }
            accounts.add(user("base." + key, name + "知识产权培训基地负责人", Role.TRAINING_BASE_MANAGER, province.code()));
            accounts.add(user("expert." + key, name + "知识产权专家", Role.EXPERT, province.code()));
            accounts.add(user("talent." + key, name + "知识产权人才", Role.TALENT, province.code()));
            accounts.add(user("employer." + key, name + "用人单位", Role.EMPLOYER, province.code()));
            accounts.add(user("evaluator." + key, name + "职称评审专家", Role.EVALUATOR, province.code()));
        }
        users.provisionAccounts(accounts, properties.password(), false);
    }

    private static NewUser user(String username, String displayName, Role role, String region) {
        return new NewUser(username, displayName, null, EnumSet.of(role), region);
    }
}
